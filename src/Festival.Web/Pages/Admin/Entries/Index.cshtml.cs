using Festival.Application.Common;
using Festival.Application.Entries.Staff;
using Festival.Application.Entries.Withdraw;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Entries;

/// <summary>The season's entries for staff: filter by class, performer, payer and status; change or withdraw any entry.</summary>
public sealed class EntriesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Class { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Payer { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffEntryStatus Status { get; set; }

    /// <summary>The page number (<c>page</c> is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public StaffEntries? List { get; private set; }

    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(int entryId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new WithdrawEntryCommand(User.RequiredUserId(), entryId, AsStaff: true), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Errors[0].Kind == ErrorKind.NotFound ? NotFound() : BadRequest();
        }

        TempData["Status"] = $"Entry {entryId} was withdrawn.";
        return Redirect(PageUrl(P));
    }

    /// <summary>This list with its filters, at page <paramref name="page"/>.</summary>
    public string PageUrl(int page) => Url.Page("/Admin/Entries/Index", new { Class, Person, Payer, Status, p = page })!;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StaffEntriesQuery(null, Class, Person, Payer, Status, P), cancellationToken);
        List = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
