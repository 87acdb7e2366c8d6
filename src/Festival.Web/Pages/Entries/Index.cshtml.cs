using System.ComponentModel.DataAnnotations;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.People.Groups;
using Festival.Application.People.Managed;
using Festival.Domain.Accounts;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>The people an account enters (itself, its children, its students) and the teacher link requests.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public MyPeople People { get; private set; } = new(null, [], [], [], []);

    /// <summary>The current season's basket and entries; null when there is no current season.</summary>
    public MyEntries? Entries { get; private set; }

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public LinkInput Link { get; set; } = new();

    [BindProperty]
    public GroupInput NewGroup { get; set; } = new();

    /// <summary>The groups the account enters (it is their contact).</summary>
    public IReadOnlyList<GroupSummary> Groups { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new AddManagedPersonCommand(User.RequiredUserId(), Input.Relationship, Input.Name ?? string.Empty, Input.BirthDate, Input.Email, Input.PublishName), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = $"{Input.Name?.Trim()} was added.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RequestTeacherLinkCommand(User.RequiredUserId(), Link.ProfileCode ?? string.Empty), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, nameof(Link));
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = "Your request was sent. You will see the student here once they accept.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGroupAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateGroupCommand(User.RequiredUserId(), NewGroup.Name ?? string.Empty, NewGroup.MemberIds), cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Errors[0].Kind == Application.Common.ErrorKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddErrors(result, nameof(NewGroup));
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = $"The group {NewGroup.Name?.Trim()} was made. Enter it in a class for groups.";
        return RedirectToPage(null, null, "groups");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int linkId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new AcceptTeacherLinkCommand(User.RequiredUserId(), linkId), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = "The teacher is now linked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int itemId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RemoveFromBasketCommand(User.RequiredUserId(), itemId), cancellationToken);
        return result.Succeeded ? RedirectToPage(null, null, "basket") : NotFound();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SubmitEntriesCommand(User.RequiredUserId(), User.Has(Permissions.FestivalAdmin)), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, "Basket");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = $"{result.Value.EntryIds.Count} {(result.Value.EntryIds.Count == 1 ? "entry was" : "entries were")} submitted. A confirmation is on its way by email.";
        return RedirectToPage(null, null, "entries");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int entryId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new WithdrawEntryCommand(User.RequiredUserId(), entryId, User.Has(Permissions.FestivalAdmin)), cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Errors[0].Kind == Application.Common.ErrorKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddErrors(result, "Entries");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = "The entry was withdrawn.";
        return RedirectToPage(null, null, "entries");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        People = await mediator.Send(new GetMyPeopleQuery(User.RequiredUserId()), cancellationToken);
        Groups = await mediator.Send(new GetMyGroupsQuery(User.RequiredUserId()), cancellationToken);
        var entries = await mediator.Send(new GetMyEntriesQuery(User.RequiredUserId()), cancellationToken);
        Entries = entries.Succeeded ? entries.Value : null;
    }

    public static string Money(long cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public sealed class PersonInput
    {
        [Display(Name = "Who is this?")]
        public Relationship Relationship { get; set; } = Relationship.Child;

        [Display(Name = "Full name")]
        public string? Name { get; set; }

        [Display(Name = "Date of birth")]
        [DataType(DataType.Date)]
        public DateOnly? BirthDate { get; set; }

        [Display(Name = "Email (optional)")]
        public string? Email { get; set; }

        [Display(Name = "Their full name may be printed in the public programme and results (otherwise only initials are)")]
        public bool PublishName { get; set; }
    }

    public sealed class GroupInput
    {
        [Display(Name = "Group name")]
        public string? Name { get; set; }

        [Display(Name = "Performers")]
        public List<int> MemberIds { get; set; } = [];
    }

    public sealed class LinkInput
    {
        [Display(Name = "Student's profile code")]
        public string? ProfileCode { get; set; }
    }
}
