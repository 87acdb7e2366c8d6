using System.CommandLine;
using System.Text.Json;
using Festival.Application.Reports;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.View;
using Festival.Web.Reports;

namespace Festival.Web.Cli;

/// <summary>
/// <c>schedule generate [--season NAME] [--dry-run] [--seed N]</c>, <c>schedule check [--season NAME]</c> (exit 1 when a
/// conflict is blocking), <c>schedule export --format csv|json|pdf [--season NAME] [--out FILE]</c> (pdf: the programme as stored, with --out) and
/// <c>schedule publish [--season NAME] [--override]</c>.
/// </summary>
public sealed partial class FestivalCli
{
    private enum ScheduleFormat
    {
        Csv,
        Json,
        Pdf,
    }

    private Command ScheduleCommand()
    {
        var season = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report the quality only; write nothing." };
        var seed = new Option<int>("--seed") { Description = "The local search's seed (default 1): the same seed gives the same schedule.", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate", "Generate the season's schedule, keeping pinned classes, and print its quality.") { season, dryRun, seed };
        generate.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new GenerateScheduleCommand(!parse.GetValue(dryRun), Season: parse.GetValue(season), Seed: parse.GetValue(seed)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            var r = result.Value;
            await console.Out.WriteLineAsync(
                $"{(r.Committed ? "Scheduled" : "Preview (nothing written)")}: season {r.Season}, {r.ClassesPlaced} class part(s) placed, {r.SplitClasses} split.");
            await console.Out.WriteLineAsync($"hard violations: {r.HardViolations}");
            await console.Out.WriteLineAsync($"unplaced: {r.Unplaced.Count}");
            foreach (var unplaced in r.Unplaced)
            {
                await console.Out.WriteLineAsync($"  {unplaced.Code}{(unplaced.PartCount > 1 ? $" part {unplaced.Part}/{unplaced.PartCount}" : "")}: {unplaced.Reason}");
            }

            await console.Out.WriteLineAsync($"soft penalty: {r.SoftPenalty:0.##}");
            await console.Out.WriteLineAsync($"sessions used: {r.SessionsUsed} of {r.SessionsAvailable} (lower bound {r.SessionsLowerBound})");
            await console.Out.WriteLineAsync($"total class time: {r.TotalClassTime.TotalHours:0.##} h");
            return 0;
        }));

        var checkSeason = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var check = new Command("check", "List the stored schedule's conflicts; exit 1 if any is blocking.") { checkSeason };
        check.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new CheckScheduleQuery(parse.GetValue(checkSeason)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            foreach (var conflict in result.Value.Conflicts)
            {
                var people = conflict.People.Count == 0 ? "" : $" [{string.Join(", ", conflict.People.Select(p => p.Name))}]";
                await console.Out.WriteLineAsync($"{conflict.Severity.ToLowerInvariant()}\t{conflict.Kind}\t{string.Join(",", conflict.Classes)}\t{conflict.Message}{people}");
            }

            await console.Out.WriteLineAsync(
                $"{result.Value.PartsScheduled} class part(s) scheduled; {result.Value.BlockingCount} blocking, {result.Value.Conflicts.Count - result.Value.BlockingCount} warning(s); soft penalty {result.Value.SoftPenalty:0.##}.");
            return result.Value.BlockingCount > 0 ? 1 : 0;
        }));

        var exportSeason = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var format = new Option<ScheduleFormat>("--format") { Description = "csv (one row per entry), json (sessions → classes → entries) or pdf (the programme as stored, published or not; needs --out).", Required = true };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "The stored schedule as CSV or JSON, for printing or an outside tool to verify, or the programme as a PDF.") { exportSeason, format, output };
        export.SetAction((parse, ct) => Run(async () =>
        {
            if (parse.GetValue(format) == ScheduleFormat.Pdf)
            {
                if (parse.GetValue(output) is not { } file)
                {
                    await console.Error.WriteLineAsync("error: a PDF is written to a file: give --out FILE.");
                    return 1;
                }

                var pdf = await Send(new GetProgrammePdfQuery(parse.GetValue(exportSeason), Draft: true), ct);
                return pdf.Succeeded ? await WriteOutAsync(pdf.Value.Content, file, ct) : Refuse(pdf);
            }

            var result = await Send(new GetScheduleQuery(parse.GetValue(exportSeason)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            var content = parse.GetValue(format) == ScheduleFormat.Json
                ? JsonSerializer.SerializeToUtf8Bytes(result.Value, ReportJson)
                : (await ReportFile.WriteAsync(services.GetServices<ITableWriter>(), ScheduleTable.From(result.Value), TableFormat.Csv, "schedule", ct)).Content;
            return await WriteOutAsync(content, parse.GetValue(output), ct);
        }));

        var publishSeason = new Option<string?>("--season") { Description = "The season's name (default: the current season)." };
        var overrideOption = new Option<bool>("--override") { Description = "Publish even with blocking conflicts (audited)." };
        var publish = new Command("publish", "Publish the stored schedule as the next version; refused while a conflict is blocking.") { publishSeason, overrideOption };
        publish.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new PublishScheduleCommand(parse.GetValue(publishSeason), parse.GetValue(overrideOption)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Published version {result.Value.Version} of season {result.Value.Season}: {result.Value.ClassParts} class part(s).");
            return 0;
        }));

        return new Command("schedule", "Generate, check, export and publish the season's schedule.") { generate, check, export, publish };
    }

    private async Task<int> WriteOutAsync(byte[] content, string? file, CancellationToken ct)
    {
        if (file is null)
        {
            using var reader = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
            await console.Out.WriteAsync(await reader.ReadToEndAsync(ct));
            return 0;
        }

        await File.WriteAllBytesAsync(file, content, ct);
        await console.Error.WriteLineAsync($"Wrote {file}.");
        return 0;
    }
}
