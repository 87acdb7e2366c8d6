using System.CommandLine;
using System.Globalization;
using Festival.Application.Imports;
using Festival.Application.Reports;

namespace Festival.Web.Cli;

/// <summary><c>syllabus import</c> and <c>entries import</c>: print the preview, then commit every valid row in one transaction.</summary>
public sealed partial class FestivalCli
{
    private Command ImportCommand(ImportKind kind, string name, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV or XLSX file" + (kind == ImportKind.Syllabus ? ", or a syllabus PDF." : ".") };
        var season = new Option<string?>("--season") { Description = "The season to import into (default: the current season)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be imported and write nothing." };
        var rejectedOut = new Option<FileInfo?>("--rejected-out") { Description = "Write the rejected rows, with a Problem column, to this file (.csv or .xlsx)." };
        var import = new Command("import", description) { file, season, dryRun, rejectedOut };
        import.SetAction((parse, ct) => Run(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await console.Error.WriteLineAsync($"error: {path.FullName} does not exist.");
                return 1;
            }

            var result = await Send(new ImportFileCommand(kind, await File.ReadAllBytesAsync(path.FullName, ct), path.Name,
                parse.GetValue(season), parse.GetValue(dryRun)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            var plan = result.Value;
            await PrintPlanAsync(plan, parse.GetValue(dryRun));
            if (parse.GetValue(rejectedOut) is { } rejected && plan.RejectedRows.Count > 0)
            {
                await WriteRejectedAsync(plan, rejected, ct);
            }

            return 0;
        }));

        return new Command(name, description) { import };
    }

    private async Task PrintPlanAsync(ImportPlan plan, bool dryRun)
    {
        await console.Out.WriteLineAsync($"{plan.FileName} → season {plan.SeasonName}: {plan.Rows} row(s), {plan.RejectedRows.Count} rejected, {plan.Warnings} warning(s).");
        foreach (var count in plan.Counts)
        {
            await console.Out.WriteLineAsync($"  {count.Records}: {count.Created} created, {count.Updated} updated, {count.Unchanged} unchanged");
        }

        if (plan.UnknownColumns.Count > 0)
        {
            await console.Out.WriteLineAsync($"  Ignored columns: {string.Join(", ", plan.UnknownColumns)}");
        }

        foreach (var issue in plan.Issues)
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {(issue.Severity == IssueSeverity.Error ? "error" : "warning")}: {issue.Location}{(issue.Column is null ? "" : $", {issue.Column}")}{(issue.Value.Length == 0 ? "" : $" \"{issue.Value}\"")}: {issue.Message}"));
        }

        await console.Out.WriteLineAsync(dryRun
            ? "Dry run: nothing was written."
            : plan.HasChanges ? "Committed: every valid row was written in one transaction." : "Nothing to change: the season already holds everything in the file.");
    }

    private async Task WriteRejectedAsync(ImportPlan plan, FileInfo target, CancellationToken ct)
    {
        var format = string.Equals(target.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase) ? TableFormat.Xlsx : TableFormat.Csv;
        var writer = services.GetServices<ITableWriter>().Single(w => w.Format == format);
        await using (var output = File.Create(target.FullName))
        {
            await writer.WriteAsync(RejectedRowsFile.For(plan), output, ct);
        }

        await console.Out.WriteLineAsync($"Wrote {plan.RejectedRows.Count} rejected row(s) to {target.FullName}.");
    }
}
