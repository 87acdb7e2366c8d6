using System.ComponentModel.DataAnnotations;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.People.Groups;
using Festival.Application.People.Managed;
using Festival.Application.Syllabus.Browse;
using Festival.Domain.Accounts;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>
/// Entering a class, in three steps on one page: choose the performers, choose one of the classes that fit them, describe
/// the entry (repertoire, teacher, accompanist) and put it into the basket.
/// </summary>
public sealed class EnterModel(IMediator mediator) : PageModel
{
    public const int PieceRows = 3;

    [BindProperty(SupportsGet = true, Name = "people")]
    public List<int> PersonIds { get; set; } = [];

    /// <summary>A group the account enters, instead of <see cref="PersonIds"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "group")]
    public int? GroupId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int? ClassId { get; set; }

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public MyPeople People { get; private set; } = new(null, [], [], [], []);

    public IReadOnlyList<GroupSummary> Groups { get; private set; } = [];

    /// <summary>Whether performers (people or a group) are chosen.</summary>
    public bool HasPerformers => PersonIds.Count > 0 || GroupId is not null;

    public ClassesFor? Classes { get; private set; }

    public ClassListing? Chosen => ClassId is null ? null : Classes?.Syllabus.Classes.Items.SingleOrDefault();

    public string? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ClassId is not { } classId)
        {
            return BadRequest();
        }

        var draft = new EntryDraft(classId, GroupId is null ? PersonIds : [], PieceInput.Typed(Input.Pieces), Input.TeacherCode, Input.AccompanistCode, Input.Comments, GroupId);
        var result = await mediator.Send(new AddToBasketCommand(User.RequiredUserId(), draft, User.Has(Permissions.FestivalAdmin)), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = "The entry is in your basket. Submit the basket when you have added everything.";
            return RedirectToPage("/Entries/Index", null, "basket");
        }

        if (result.Errors[0].Code == "group_not_found")
        {
            return NotFound();
        }

        ModelState.AddErrors(result);
        return await LoadAsync(cancellationToken);
    }

    public string EnterUrl(int classId) =>
        Url.Page("/Entries/Enter", new { people = PersonIds, group = GroupId, classId })!;

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        People = await mediator.Send(new GetMyPeopleQuery(User.RequiredUserId()), cancellationToken);
        Groups = await mediator.Send(new GetMyGroupsQuery(User.RequiredUserId()), cancellationToken);
        if (!HasPerformers)
        {
            return Page();
        }

        var found = await mediator.Send(
            new FindClassesForQuery(User.RequiredUserId(), GroupId is null ? PersonIds : [], Text, PageNumber, User.Has(Permissions.FestivalAdmin), ClassId, GroupId), cancellationToken);
        if (!found.Succeeded)
        {
            return found.Errors[0].Code is "person_not_found" or "group_not_found" ? NotFound() : ShowProblem(found.Errors[0].Message);
        }

        Classes = found.Value;
        if (ClassId is not null && Chosen is null)
        {
            return ShowProblem("That class does not fit the performers you chose: check its type and age limits.");
        }

        while (Input.Pieces.Count < PieceRows)
        {
            Input.Pieces.Add(new PieceInput());
        }

        return Page();
    }

    private PageResult ShowProblem(string message)
    {
        Problem = message;
        return Page();
    }

    public sealed class EntryInput
    {
        public List<PieceInput> Pieces { get; set; } = [];

        [Display(Name = "Teacher's profile code (optional)")]
        public string? TeacherCode { get; set; }

        [Display(Name = "Accompanist's profile code (optional)")]
        public string? AccompanistCode { get; set; }

        [Display(Name = "Comments for the festival (optional)")]
        public string? Comments { get; set; }
    }

    public sealed class PieceInput
    {
        public string? Title { get; set; }

        public string? Composer { get; set; }

        public string? Duration { get; set; }

        /// <summary>The rows typed in (blank rows are left out), as the commands take them.</summary>
        public static List<PieceDraft> Typed(IEnumerable<PieceInput> rows) =>
            rows is null ? throw new ArgumentNullException(nameof(rows)) : [.. rows.Where(p => !string.IsNullOrWhiteSpace(p.Title) || !string.IsNullOrWhiteSpace(p.Composer) || !string.IsNullOrWhiteSpace(p.Duration))
                .Select(p => new PieceDraft(p.Title ?? string.Empty, p.Composer ?? string.Empty, p.Duration ?? string.Empty))];
    }
}
