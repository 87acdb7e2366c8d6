using Festival.Application.Reports.Classes;
using Festival.Application.Syllabus.Cancel;
using Festival.Application.Syllabus.Update;
using Festival.Domain.Syllabus;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Classes;

public sealed class ClassDetailsModel(IMediator mediator) : PageModel
{
    public ClassDetailsView View { get; private set; } = null!;

    [BindProperty]
    public ClassForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ClassForm.From(View.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var result = await mediator.Send(new UpdateClassCommand(id, Input.ToDetails()), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = result.Value.Changed.Count == 0 ? "Nothing changed." : $"Saved: {string.Join(", ", result.Value.Changed)}.";
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Why the class could not be cancelled, shown beside the cancel form.</summary>
    public string? CancelProblem { get; private set; }

    public async Task<IActionResult> OnPostCancelAsync(int id, string? reason, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CancelClassCommand(id, reason ?? string.Empty), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = $"Class {result.Value.ClassCode} cancelled: {result.Value.EntryIds.Count} entries, {result.Value.Credits.Count} credit notes.";
            return RedirectToPage(new { id });
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ClassForm.From(View.Details);
        CancelProblem = string.Join(" ", result.Errors.Select(e => e.Message));
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new ClassDetailsQuery(id), cancellationToken);
        View = view!;
        return view is not null;
    }

    /// <summary>The edit form: times in seconds, as stored.</summary>
    public sealed class ClassForm
    {
        public string? Name { get; set; }

        public string? Discipline { get; set; }

        public string? Level { get; set; }

        public ClassType Type { get; set; }

        public decimal Fee { get; set; }

        public int AdjudicationSecondsPerEntry { get; set; }

        public int WarmUpSecondsPerEntry { get; set; }

        public int? MinAge { get; set; }

        public int? MaxAge { get; set; }

        public int? MaxPerformanceSeconds { get; set; }

        public static ClassForm From(ClassDetails d) => new()
        {
            Name = d.Name, Discipline = d.Discipline, Level = d.Level, Type = d.Type, Fee = d.Fee,
            AdjudicationSecondsPerEntry = d.AdjudicationSecondsPerEntry, WarmUpSecondsPerEntry = d.WarmUpSecondsPerEntry,
            MinAge = d.MinAge, MaxAge = d.MaxAge, MaxPerformanceSeconds = d.MaxPerformanceSeconds,
        };

        public ClassDetails ToDetails() => new(Name ?? string.Empty, Discipline ?? string.Empty, Level ?? string.Empty, Type, Fee,
            AdjudicationSecondsPerEntry, WarmUpSecondsPerEntry, MinAge, MaxAge, MaxPerformanceSeconds);
    }
}
