using Festival.Application.Reports;
using Festival.Application.Reports.Fees;
using Festival.Web.Reports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Fees;

/// <summary>The fees report: per payer (with balances), outstanding balances, per participant, teacher or school; CSV and XLSX.</summary>
public sealed class FeesModel(IMediator mediator, IEnumerable<ITableWriter> writers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    [BindProperty(SupportsGet = true)]
    public FeesReportKind Kind { get; set; }

    public FeesReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new FeesReportQuery(Season, Kind), cancellationToken);
        Report = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }

    public async Task<IActionResult> OnGetDownloadAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new FeesReportQuery(Season, Kind), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        var file = await ReportFile.WriteAsync(writers, ReportTables.Fees(result.Value), format, $"fees-{Kind}-{result.Value.Season}".ToLowerInvariant(), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>This page for another kind, or a download of this one; the season is kept.</summary>
    public string UrlFor(FeesReportKind kind, TableFormat? format = null) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, new Dictionary<string, string?>
        {
            ["kind"] = kind.ToString(),
            ["season"] = Season,
            ["handler"] = format is null ? null : "Download",
            ["format"] = format?.ToString(),
        }.Where(q => !string.IsNullOrEmpty(q.Value)));
}
