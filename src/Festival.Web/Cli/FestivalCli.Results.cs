using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Festival.Application.Reports;
using Festival.Application.Results.Publish;
using Festival.Application.Results.Reports;
using Festival.Web.Reports;

namespace Festival.Web.Cli;

/// <summary><c>results export [--season NAME] --format csv|json [--out FILE]</c> and <c>results publish [--season NAME]</c>.</summary>
public sealed partial class FestivalCli
{
    private enum ResultsFormat
    {
        Csv,
        Json,
    }

    private Command ResultsCommand()
    {
        var season = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var format = new Option<ResultsFormat>("--format") { Description = "csv or json.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Every entry of the season with its appearance, mark, placement, recommendation and comments.") { season, format, output };
        export.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new ResultsReportQuery(parse.GetValue(season)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            var content = parse.GetValue(format) == ResultsFormat.Json
                ? JsonLines(result.Value)
                : (await ReportFile.WriteAsync(services.GetServices<ITableWriter>(), ResultTables.Lines(result.Value), TableFormat.Csv, "results", ct)).Content;
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file, content, ct);
                await console.Error.WriteLineAsync($"Wrote {result.Value.Lines.Count} row(s) to {file}.");
                return 0;
            }

            using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
            await console.Out.WriteAsync(await reader.ReadToEndAsync(ct));
            return 0;
        }));

        var publishSeason = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var publish = new Command("publish", "Publish every submitted class's results and email families and teachers.") { publishSeason };
        publish.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new PublishResultsCommand(null, parse.GetValue(publishSeason)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Published the results of {result.Value.ClassIds.Count} class(es) of season {result.Value.SeasonName}.");
            return 0;
        }));

        return new Command("results", "Adjudication results: export them, publish them.") { export, publish };
    }

    /// <summary>Each entry's line as JSON, with the awards it won (as in the CSV's Awards column).</summary>
    private static byte[] JsonLines(ResultsReport report)
    {
        var awards = ResultTables.AwardsByEntry(report.Awards);
        var lines = new JsonArray();
        foreach (var line in report.Lines)
        {
            var node = JsonSerializer.SerializeToNode(line, ReportJson)!.AsObject();
            node["awards"] = new JsonArray([.. awards.GetValueOrDefault(line.EntryId, []).Select(a => (JsonNode?)JsonValue.Create(a))]);
            lines.Add(node);
        }

        return JsonSerializer.SerializeToUtf8Bytes(lines, ReportJson);
    }
}
