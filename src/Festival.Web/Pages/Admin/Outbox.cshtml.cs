using Festival.Application.Outbox;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin;

public sealed class OutboxModel(IMediator mediator) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The page of dead letters (<c>page</c> is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public OutboxStatus Status { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await mediator.Send(new GetOutboxStatusQuery(P, PageSize), cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RetryOutboxMessageCommand(id), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded
            ? "Re-queued: the message will be tried again shortly, with a fresh set of attempts."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(new { p = P });
    }
}
