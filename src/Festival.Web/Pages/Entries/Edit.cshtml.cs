using System.ComponentModel.DataAnnotations;
using Festival.Application.Common;
using Festival.Application.Entries;
using Festival.Application.Entries.Change;
using Festival.Domain.Accounts;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>
/// Changing a submitted entry in place: repertoire, teacher, accompanist and comments. Its submitter until the deadline
/// (unless paid), festival staff always; anyone else gets 404.
/// </summary>
public sealed class EditModel(IMediator mediator) : PageModel
{
    public const int PieceRows = 5;

    public EntryForChange Entry { get; private set; } = null!;

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = EntryInput.From(Entry);
        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ChangeEntryCommand(User.RequiredUserId(), id, Input.ToChange(), IsStaff), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = result.Value.Changes.Count == 0 ? "Nothing changed." : $"Saved: {string.Join(", ", result.Value.Changes)}.";
            // Staff changing someone else's entry came from the staff list; everyone else from their own entries.
            return IsStaff && await LoadAsync(id, cancellationToken) && Entry.SubmittedByUserId != User.RequiredUserId()
                ? Redirect("/Admin/Entries")
                : RedirectToPage("/Entries/Index", null, "entries");
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // Performers and class are not on this form: a rule they break (an age limit, say) is told in the summary.
        ModelState.AddErrors(result, onForm: field => !field.StartsWith("PersonIds", StringComparison.Ordinal) && !field.StartsWith("ClassId", StringComparison.Ordinal) && !field.StartsWith("GroupId", StringComparison.Ordinal));
        Input.Pad();
        return Page();
    }

    private bool IsStaff => User.Has(Permissions.FestivalAdmin);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetEntryForChangeQuery(User.RequiredUserId(), id, IsStaff), cancellationToken);
        if (found.Succeeded)
        {
            Entry = found.Value;
        }

        return found.Succeeded;
    }

    public sealed class EntryInput
    {
        public List<EnterModel.PieceInput> Pieces { get; set; } = [];

        [Display(Name = "Teacher's profile code (optional)")]
        public string? TeacherCode { get; set; }

        [Display(Name = "Accompanist's profile code (optional)")]
        public string? AccompanistCode { get; set; }

        [Display(Name = "Comments for the festival (optional)")]
        public string? Comments { get; set; }

        public static EntryInput From(EntryForChange entry) => entry is null ? throw new ArgumentNullException(nameof(entry)) : new()
        {
            Pieces = [.. entry.Pieces.Select(p => new EnterModel.PieceInput { Title = p.Title, Composer = p.Composer, Duration = EntryRules.Clock(p.DurationSeconds) })],
            TeacherCode = entry.TeacherCode,
            AccompanistCode = entry.AccompanistCode,
            Comments = entry.Comments,
        };

        /// <summary>Empty rows up to <see cref="PieceRows"/>, so a piece can be added.</summary>
        public void Pad()
        {
            while (Pieces.Count < PieceRows)
            {
                Pieces.Add(new EnterModel.PieceInput());
            }
        }

        public EntryChange ToChange() => new(EnterModel.PieceInput.Typed(Pieces), TeacherCode, AccompanistCode, Comments);
    }

}
