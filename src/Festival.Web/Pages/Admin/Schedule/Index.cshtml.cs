using Festival.Application.Common;
using Festival.Application.Invoices;
using Festival.Application.Reports;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.View;
using Festival.Web.Forms;
using Festival.Web.Reports;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Schedule;

/// <summary>
/// The schedule: generate (preview, then commit), the day × room grid, hours per day, conflicts, and moves, swaps and pins
/// by hand; the draft programme and each session's adjudicator sheets as PDFs, and the reports as CSV or XLSX.
/// </summary>
public sealed class ScheduleModel(IMediator mediator, IEnumerable<ITableWriter> writers) : PageModel
{
    /// <summary>The reports <c>?handler=Download&amp;report=</c> writes.</summary>
    public enum ScheduleReport
    {
        Hours,
        Unscheduled,
        Conflicts,
    }

    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    [BindProperty]
    public EditForm Edit { get; set; } = new();

    public ScheduleView? View { get; private set; }

    public ScheduleCheckReport? Check { get; private set; }

    public ScheduleGenerationReport? Generated { get; private set; }

    public ScheduleEditResult? EditResult { get; private set; }

    public string? Problem { get; private set; }

    private IReadOnlyList<DayHours>? _hours;

    /// <summary>Hours per day and room of the schedule shown (worked out once per page).</summary>
    public IReadOnlyList<DayHours> Hours => _hours ??= View is null ? [] : ScheduleReports.Hours(View);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The programme as stored, published or not, for proofreading.</summary>
    public async Task<IActionResult> OnGetProgrammeAsync(CancellationToken cancellationToken) =>
        FileOrNotFound(await mediator.Send(new GetProgrammePdfQuery(Season, Draft: true), cancellationToken));

    public async Task<IActionResult> OnGetSheetsAsync(int sessionId, CancellationToken cancellationToken) =>
        FileOrNotFound(await mediator.Send(new GetAdjudicatorSheetsQuery(User.RequiredUserId(), sessionId, AsStaff: true), cancellationToken));

    public async Task<IActionResult> OnGetDownloadAsync(ScheduleReport report, TableFormat format, CancellationToken cancellationToken)
    {
        ReportTable table;
        if (report == ScheduleReport.Conflicts)
        {
            var check = await mediator.Send(new CheckScheduleQuery(Season), cancellationToken);
            if (!check.Succeeded)
            {
                return NotFound();
            }

            table = ScheduleReports.ConflictsTable(check.Value);
        }
        else
        {
            var view = await mediator.Send(new GetScheduleQuery(Season), cancellationToken);
            if (!view.Succeeded)
            {
                return NotFound();
            }

            table = report == ScheduleReport.Hours ? ScheduleReports.HoursTable(view.Value) : ScheduleReports.UnscheduledTable(view.Value);
        }

        var file = await ReportFile.WriteAsync(writers, table, format, table.Title.ToLowerInvariant(), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The download links of <paramref name="report"/>, in <paramref name="formats"/>.</summary>
    public IReadOnlyDictionary<string, string> Downloads(ScheduleReport report, params TableFormat[] formats) => formats.ToDictionary(
        f => f.ToString(),
        f => $"/Admin/Schedule?handler=Download&report={report}&format={f}{(Season is null ? "" : "&season=" + Uri.EscapeDataString(Season))}");

    public async Task<IActionResult> OnPostGenerateAsync(bool commit, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GenerateScheduleCommand(commit, Season: Season), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, prefix: string.Empty);
        }
        else
        {
            Generated = result.Value;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(bool force, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new PublishScheduleCommand(Season, force), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = $"Published version {result.Value.Version}.";
            return RedirectToPage(new { season = Season });
        }

        ModelState.AddErrors(result, prefix: string.Empty);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken) =>
        EditAsync(Edit.SessionId is { } session && Edit.Start is { } start
            ? new MoveScheduledClassCommand(Edit.ClassId, Edit.Part, session, start, Override: Edit.Override, Season: Season)
            : null, cancellationToken);

    public Task<IActionResult> OnPostSwapAsync(CancellationToken cancellationToken) =>
        EditAsync(Edit.OtherClassId is { } other
            ? new SwapScheduledClassesCommand(Edit.ClassId, Edit.Part, other, Edit.OtherPart, Override: Edit.Override, Season: Season)
            : null, cancellationToken);

    public Task<IActionResult> OnPostPinAsync(bool unpin, CancellationToken cancellationToken) =>
        EditAsync(new PinClassCommand(Edit.ClassId, SessionId: Edit.SessionId, Start: Edit.Start, Unpin: unpin, Override: Edit.Override, Season: Season), cancellationToken);

    private async Task<IActionResult> EditAsync(IRequest<Result<ScheduleEditResult>>? command, CancellationToken cancellationToken)
    {
        if (command is null || !ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "Fill in the class and where it goes.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await mediator.Send(command, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, prefix: string.Empty);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (result.Value.Applied)
        {
            TempData["Status"] = result.Value.Overridden
                ? "Changed, overriding blocking conflicts (recorded in the audit trail)."
                : result.Value.Conflicts.Count == 0 ? "Changed." : $"Changed, with {result.Value.Conflicts.Count} warning(s).";
            return RedirectToPage(new { season = Season });
        }

        EditResult = result.Value;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private IActionResult FileOrNotFound(Result<DocumentFile> result) =>
        result.Succeeded ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : NotFound();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new GetScheduleQuery(Season), cancellationToken);
        if (!view.Succeeded)
        {
            Problem = string.Join(" ", view.Errors.Select(e => e.Message));
            return;
        }

        View = view.Value;
        var check = await mediator.Send(new CheckScheduleQuery(Season), cancellationToken);
        Check = check.Succeeded ? check.Value : null;
    }

    /// <summary>One form for the edits: the class (part) to change, and where to, or the class to swap with.</summary>
    public sealed class EditForm
    {
        public int ClassId { get; set; }

        public int Part { get; set; } = 1;

        public int? SessionId { get; set; }

        public TimeOnly? Start { get; set; }

        public int? OtherClassId { get; set; }

        public int OtherPart { get; set; } = 1;

        public bool Override { get; set; }
    }
}
