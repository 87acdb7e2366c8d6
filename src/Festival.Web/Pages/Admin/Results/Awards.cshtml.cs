using Festival.Application.Results.SeasonAwards;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Results;

/// <summary>Festival staff: a season's awards and trophies (add, change, remove) and who each goes to, deciding ties.</summary>
public sealed class AwardsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    /// <summary>The award being changed (its name), from <c>?edit=</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Edit { get; set; }

    public SeasonAwardsView? View { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public AwardInput Input { get; set; } = new();

    public sealed class AwardInput
    {
        public string? OriginalName { get; set; }

        public string? Name { get; set; }

        public string? Discipline { get; set; }

        public string? Level { get; set; }

        /// <summary>Class codes separated by commas or spaces.</summary>
        public string? Classes { get; set; }

        public bool FirstPlaceOnly { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (View?.Rules.FirstOrDefault(r => string.Equals(r.Name, Edit, StringComparison.OrdinalIgnoreCase)) is { } rule)
        {
            Input = new AwardInput
            {
                OriginalName = rule.Name, Name = rule.Name, Discipline = rule.Discipline, Level = rule.Level,
                Classes = string.Join(", ", rule.ClassCodes ?? []), FirstPlaceOnly = rule.FirstPlaceOnly,
            };
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var classes = (Input.Classes ?? string.Empty).Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await mediator.Send(new SaveAwardCommand(User.RequiredUserId(), Season, Input.OriginalName, Input.Name ?? string.Empty,
            Input.Discipline, Input.Level, classes, Input.FirstPlaceOnly), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = result.Value.OriginalName is null ? $"Award '{result.Value.Name}' added." : $"Award '{result.Value.Name}' saved.";
        return RedirectToPage(new { Season });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? name, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RemoveAwardCommand(User.RequiredUserId(), Season, name ?? string.Empty), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded
            ? $"Award '{result.Value.Name}' removed."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(new { Season });
    }

    public async Task<IActionResult> OnPostDecideAsync(string? award, int? entryId, CancellationToken cancellationToken)
    {
        if (entryId is null)
        {
            TempData["Error"] = $"Choose which of the tied entries wins '{award}'.";
            return RedirectToPage(new { Season });
        }

        var result = await mediator.Send(new DecideAwardCommand(User.RequiredUserId(), Season, award ?? string.Empty, entryId.Value), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded
            ? $"'{result.Value.Award}' goes to {result.Value.Performers} ({result.Value.ClassCode}), decided by staff."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(new { Season });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SeasonAwardsQuery(Season), cancellationToken);
        View = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
