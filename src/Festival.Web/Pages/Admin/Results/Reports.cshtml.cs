using Festival.Application.Results.Reports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Results;

/// <summary>A season's results: by class, teacher and school, the recommendations, marks per adjudicator and the awards.</summary>
public sealed class ReportsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    public ResultsReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ResultsReportQuery(Season), cancellationToken);
        Report = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
