using Festival.Application.Reports.Season;
using Festival.Application.Seasons;
using Festival.Application.Seasons.List;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Season;

public sealed class SeasonModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    public SeasonDashboard? Dashboard { get; private set; }

    public IReadOnlyList<SeasonSummary> Seasons { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SeasonDashboardQuery(Season), cancellationToken);
        Dashboard = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
        Seasons = await mediator.Send(new ListSeasonsQuery(), cancellationToken);
    }
}
