using System.ComponentModel.DataAnnotations;
using Festival.Application.Entries.LateWindow;
using Festival.Domain.Syllabus;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.LateWindow;

/// <summary>The season's entry deadline and late window: open (or move) it with a surcharge, or close it now.</summary>
public sealed class LateWindowModel(IMediator mediator) : PageModel
{
    public LateWindowView? View { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public LateWindowInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (View is { } view)
        {
            Input.ClosesAt = view.LateWindowClosesAt?.UtcDateTime ?? view.EntriesCloseAt?.UtcDateTime.AddDays(7);
            Input.Surcharge = view.LateSurchargeCents / 100m;
        }
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Input.ClosesAt is null)
        {
            ModelState.AddModelError("Input.ClosesAt", "Enter when the late window closes.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        // The form's time is UTC, as the page says; the surcharge is an amount, the command counts cents.
        var closesAt = new DateTimeOffset(DateTime.SpecifyKind(Input.ClosesAt!.Value, DateTimeKind.Utc));
        var surcharge = Input.Surcharge is { } amount && amount is >= 0m and <= 1_000_000m ? Money.ToCents(amount) : -1;
        var result = await mediator.Send(new OpenLateWindowCommand(closesAt, surcharge), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = $"The late window is open until {closesAt:yyyy-MM-dd HH:mm} UTC.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CloseLateWindowCommand(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = "The late window is closed: only staff change entries now.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetLateWindowQuery(), cancellationToken);
        View = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }

    public sealed class LateWindowInput
    {
        [Display(Name = "Late window closes (UTC)")]
        [DataType(DataType.DateTime)]
        public DateTime? ClosesAt { get; set; }

        [Display(Name = "Late surcharge per entry")]
        public decimal? Surcharge { get; set; }
    }
}
