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
    public EnterModel.EntryInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = From(Entry);
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ChangeEntryCommand(
            User.RequiredUserId(), id, new EntryChange(EnterModel.PieceInput.Typed(Input.Pieces), Input.TeacherCode, Input.AccompanistCode, Input.Comments), IsStaff), cancellationToken);
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
        Pad();
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

    /// <summary>The entry as the form shows it: each piece's duration as minutes and seconds.</summary>
    private static EnterModel.EntryInput From(EntryForChange entry) => new()
    {
        Pieces = [.. entry.Pieces.Select(p => new EnterModel.PieceInput { Title = p.Title, Composer = p.Composer, Duration = EntryRules.Clock(p.DurationSeconds) })],
        TeacherCode = entry.TeacherCode,
        AccompanistCode = entry.AccompanistCode,
        Comments = entry.Comments,
    };

    /// <summary>Empty rows up to <see cref="PieceRows"/>, so a piece can be added.</summary>
    private void Pad()
    {
        while (Input.Pieces.Count < PieceRows)
        {
            Input.Pieces.Add(new EnterModel.PieceInput());
        }
    }
}
