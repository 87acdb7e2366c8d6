using Festival.Application.Results;
using Festival.Application.Results.Sessions;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Adjudicate;

/// <summary>An adjudicator's sessions of the current season, today's first.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = await mediator.Send(new ListSessionsQuery(User.RequiredUserId()), cancellationToken);
        Sessions = result.Succeeded ? [.. result.Value.OrderBy(s => s.Date != Today).ThenBy(s => s.Date).ThenBy(s => s.Start)] : [];
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
