using Festival.Application.Scheduling.Timetable;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>
/// The account's timetable once the schedule is published: its people's, students' and accompanied performances and the
/// sessions it adjudicates, with each person's iCalendar feed link and a button for a new link (the old one stops working).
/// </summary>
public sealed class TimetableModel(IMediator mediator) : PageModel
{
    public TimetableView? Timetable { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetMyTimetableQuery(User.RequiredUserId()), cancellationToken);
        Timetable = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }

    public async Task<IActionResult> OnPostRenewAsync(int personId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RenewTimetableFeedCommand(User.RequiredUserId(), personId), cancellationToken);
        return result.Succeeded ? RedirectToPage(null, null, null, $"feed-{personId}") : NotFound();
    }

    public string FeedUrl(string token) => $"{Request.Scheme}://{Request.Host}/timetable/{token}.ics";
}
