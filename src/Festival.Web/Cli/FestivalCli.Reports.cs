using System.CommandLine;
using System.Text.Json;
using Festival.Application.Common;
using Festival.Application.Reports;
using Festival.Application.Reports.Classes;
using Festival.Application.Reports.People;
using Festival.Application.Reports.Repertoire;
using Festival.Web.Reports;
using MediatR;

namespace Festival.Web.Cli;

/// <summary><c>report classes|people|repertoire [--season NAME] --format csv|json|xlsx [--out FILE]</c>: a season's reports, whole.</summary>
public sealed partial class FestivalCli
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private enum ReportFormat
    {
        Csv,
        Json,
        Xlsx,
    }

    private Command ReportCommand()
    {
        var kind = new Option<PeopleReportKind>("--kind")
        {
            Description = "participants (default), groups, teachers, accompanists or schools.",
            DefaultValueFactory = _ => PeopleReportKind.Participants,
        };
        return new Command("report", "A season's reports as CSV, JSON or XLSX (every row, not a page).")
        {
            ReportSubcommand("classes", "Every class: entries, fee, total of the entry fees, total seconds (pieces + adjudication and warm-up per entry).",
                (_, season) => new ClassReportQuery(season, PageSize: ReportPaging.All), ReportTables.Classes, r => r.Classes.Items),
            ReportSubcommand("people", "Participants (or --kind groups, teachers, accompanists, schools) with their entries and fees.",
                (parse, season) => new PeopleReportQuery(season, parse.GetValue(kind), PageSize: ReportPaging.All), ReportTables.People, r => r.Rows.Items, kind),
            ReportSubcommand("repertoire", "Pieces performed, their durations, and the classes and entries using them.",
                (_, season) => new RepertoireReportQuery(season, PageSize: ReportPaging.All), ReportTables.Repertoire, r => r.Pieces.Items),
        };
    }

    private Command ReportSubcommand<TReport, TRow>(
        string name,
        string description,
        Func<ParseResult, string?, IRequest<Result<TReport>>> query,
        Func<TReport, ReportTable> table,
        Func<TReport, IReadOnlyList<TRow>> rows,
        params Option[] options)
    {
        var season = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var format = new Option<ReportFormat>("--format") { Description = "csv, json or xlsx.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output (required for xlsx)." };
        var command = new Command(name, description) { season, format, output };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => Run(async () =>
        {
            var chosen = parse.GetValue(format);
            var file = parse.GetValue(output);
            if (chosen == ReportFormat.Xlsx && file is null)
            {
                await console.Error.WriteLineAsync("error: an XLSX workbook is binary: give --out FILE.");
                return 1;
            }

            var result = await Send(query(parse, parse.GetValue(season)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            byte[] content;
            if (chosen == ReportFormat.Json)
            {
                content = JsonSerializer.SerializeToUtf8Bytes(rows(result.Value), ReportJson);
            }
            else
            {
                var tableFormat = chosen == ReportFormat.Csv ? TableFormat.Csv : TableFormat.Xlsx;
                content = (await ReportFile.WriteAsync(services.GetServices<ITableWriter>(), table(result.Value), tableFormat, name, ct)).Content;
            }

            if (file is null)
            {
                using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
                await console.Out.WriteAsync(await reader.ReadToEndAsync(ct));
                return 0;
            }

            await File.WriteAllBytesAsync(file, content, ct);
            await console.Error.WriteLineAsync($"Wrote {rows(result.Value).Count} row(s) to {file}.");
            return 0;
        }));
        return command;
    }
}
