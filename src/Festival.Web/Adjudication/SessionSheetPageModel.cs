using Festival.Application.Results;
using Festival.Application.Results.Appearances;
using Festival.Application.Results.Phrases;
using Festival.Application.Results.Placements;
using Festival.Application.Results.Save;
using Festival.Application.Results.Sessions;
using Festival.Application.Results.Submit;
using Festival.Application.Scheduling.Documents;
using Festival.Domain.Results;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Adjudication;

/// <summary>
/// A session's results sheet: the adjudicator's page (<c>/Adjudicate/Session/{id}</c>, own sessions, until submitted) and
/// the staff clerk's (<c>/Admin/Results/Session/{id}</c>, any session, at any time) send the same commands. Without
/// script each entry saves with its button; <c>adjudicate.js</c> saves as one types, through the API.
/// </summary>
public abstract class SessionSheetPageModel(IMediator mediator, bool asStaff) : PageModel
{
    public bool AsStaff => asStaff;

    public SessionSheet? Sheet { get; private set; }

    public SeasonResultSettings? Settings { get; private set; }

    public IReadOnlyList<PhraseView> Phrases { get; private set; } = [];

    /// <summary>Where the script sends saves: the adjudicator's API or the staff one.</summary>
    public string ApiBase => asStaff ? "/api/admin/results" : "/api/adjudicate";

    public bool CanEdit(SheetClass sheetClass) => asStaff || !(sheetClass ?? throw new ArgumentNullException(nameof(sheetClass))).Submitted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary><c>?handler=Pdf</c>: the session's adjudicator sheets, with the same access as the page.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetAdjudicatorSheetsQuery(User.RequiredUserId(), id, asStaff), cancellationToken);
        return result.Succeeded ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int entryId, long version, string? mark, string? comments, string? recommendation, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SaveEntryResultCommand(User.RequiredUserId(), entryId, version, mark, comments, recommendation, asStaff), cancellationToken);
        return await AfterAsync(id, result, $"Saved the result of entry {entryId}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostPlacementsAsync(int id, int classId, Dictionary<int, string?> placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var unreadable = placement.Where(p => !string.IsNullOrWhiteSpace(p.Value) && Placements.Parse(p.Value) is null).Select(p => p.Key).ToList();
        if (unreadable.Count > 0)
        {
            ModelState.AddModelError(string.Empty, $"Entry {unreadable[0]}: a placement is 1st, 2nd, 3rd or Honourable Mention.");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var result = await mediator.Send(
            new SetPlacementsCommand(User.RequiredUserId(), classId, placement.ToDictionary(p => p.Key, p => Placements.Parse(p.Value)), asStaff), cancellationToken);
        if (result.Succeeded && result.Value.Warnings.Count > 0)
        {
            TempData["Error"] = "Placements saved. Please check: " + string.Join(" ", result.Value.Warnings);
            return RedirectToPage(new { id });
        }

        return await AfterAsync(id, result, "Placements saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAppearanceAsync(int id, int entryId, Appearance appearance, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RecordAppearanceCommand(User.RequiredUserId(), entryId, appearance, asStaff), cancellationToken);
        return await AfterAsync(id, result, $"Entry {entryId}: {appearance}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SubmitSessionResultsCommand(User.RequiredUserId(), id, asStaff), cancellationToken);
        return await AfterAsync(id, result, "The session's results are submitted. Thank you!", cancellationToken);
    }

    public async Task<IActionResult> OnPostPhraseAsync(int id, string? text, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new AddPhraseCommand(User.RequiredUserId(), text ?? string.Empty), cancellationToken);
        return await AfterAsync(id, result, "Phrase kept.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, Festival.Application.Common.Result result, string done, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Status"] = done;
            return RedirectToPage(new { id });
        }

        if (result.Errors.Any(e => e.Kind == Festival.Application.Common.ErrorKind.NotFound))
        {
            return NotFound();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var sheet = await mediator.Send(new GetSessionSheetQuery(User.RequiredUserId(), id, asStaff), cancellationToken);
        if (!sheet.Succeeded)
        {
            return false;
        }

        Sheet = sheet.Value;
        Settings = await mediator.Send(new GetResultSettingsQuery(Sheet.Session.SeasonId), cancellationToken);
        Phrases = asStaff ? [] : await mediator.Send(new ListPhrasesQuery(User.RequiredUserId()), cancellationToken);
        return true;
    }
}
