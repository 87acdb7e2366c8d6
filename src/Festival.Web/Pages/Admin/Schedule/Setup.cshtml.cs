using Festival.Application.Common;
using System.Globalization;
using Festival.Application.Scheduling.Setup;
using Festival.Application.Scheduling.View;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Schedule;

/// <summary>What the schedule is built on: venues and their rooms, the season's adjudicators, and sessions (one by one or from a template).</summary>
public sealed class ScheduleSetupModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    [BindProperty]
    public SetupForm Input { get; set; } = new();

    public ScheduleSetupView? Setup { get; private set; }

    public ScheduleView? Schedule { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostVenueAsync(CancellationToken cancellationToken) =>
        SendAsync(new SaveVenueCommand(Input.Name ?? string.Empty, Address: Input.Address, VenueId: Input.VenueId), "Venue saved.", cancellationToken);

    public Task<IActionResult> OnPostRoomAsync(CancellationToken cancellationToken) =>
        SendAsync(new SaveRoomCommand(Input.VenueId ?? 0, Input.Name ?? string.Empty, List(Input.Disciplines), RoomId: Input.RoomId), "Room saved.", cancellationToken);

    public async Task<IActionResult> OnPostAdjudicatorAsync(CancellationToken cancellationToken) =>
        Days(Input.Days) is { } days
            ? await SendAsync(new SaveAdjudicatorCommand(Input.PersonId ?? 0, List(Input.Disciplines), days, AdjudicatorId: Input.AdjudicatorId, Season: Season), "Adjudicator saved.", cancellationToken)
            : await InvalidAsync("Days are dates like 2027-03-01, separated by commas.", cancellationToken);

    public async Task<IActionResult> OnPostSessionAsync(CancellationToken cancellationToken) =>
        Input.Date is { } date && Ranges(Input.Times) is [var time] && Ranges(Input.Breaks) is { } breaks
            ? await SendAsync(new SaveSessionCommand(Input.RoomId ?? 0, date, time.Start, time.End, AdjudicatorId: Input.AdjudicatorId, Breaks: breaks, SessionId: Input.SessionId, Season: Season),
                "Session saved.", cancellationToken)
            : await InvalidAsync("Give the day, one time range like 09:00-12:00, and breaks as time ranges.", cancellationToken);

    public async Task<IActionResult> OnPostTemplateAsync(CancellationToken cancellationToken) =>
        Input.Date is { } from && Input.To is { } to && Ranges(Input.Times) is { Count: > 0 } times
            ? await SendAsync(new CreateSessionsFromTemplateCommand(from, to, times, Input.RoomIds, AdjudicatorId: Input.AdjudicatorId, Season: Season), "Sessions created.", cancellationToken)
            : await InvalidAsync("Give the first and last day and time ranges like 09:00-12:00, 13:30-16:30.", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(IRequest<Result<T>> command, string done, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = done;
            return RedirectToPage(new { season = Season });
        }

        ModelState.AddErrors(result);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> InvalidAsync(string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var setup = await mediator.Send(new GetScheduleSetupQuery(Season), cancellationToken);
        if (!setup.Succeeded)
        {
            Problem = string.Join(" ", setup.Errors.Select(e => e.Message));
            return;
        }

        Setup = setup.Value;
        var schedule = await mediator.Send(new GetScheduleQuery(Season), cancellationToken);
        Schedule = schedule.Succeeded ? schedule.Value : null;
    }

    private static List<string> List(string? text) =>
        [.. (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static List<DateOnly>? Days(string? text)
    {
        var days = new List<DateOnly>();
        foreach (var item in List(text))
        {
            if (!DateOnly.TryParseExact(item, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            days.Add(day);
        }

        return days;
    }

    /// <summary>"09:00-12:00, 13:30-16:30" as time ranges, or null when any is unreadable.</summary>
    public static List<TimeRange>? Ranges(string? text)
    {
        var ranges = new List<TimeRange>();
        foreach (var item in List(text))
        {
            var ends = item.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParse(ends[0], CultureInfo.InvariantCulture, out var start)
                || !TimeOnly.TryParse(ends[1], CultureInfo.InvariantCulture, out var end))
            {
                return null;
            }

            ranges.Add(new TimeRange(start, end));
        }

        return ranges;
    }

    /// <summary>The fields of every setup form; each handler reads the ones it needs.</summary>
    public sealed class SetupForm
    {
        public int? VenueId { get; set; }

        public int? RoomId { get; set; }

        public int? AdjudicatorId { get; set; }

        public int? SessionId { get; set; }

        public int? PersonId { get; set; }

        public string? Name { get; set; }

        public string? Address { get; set; }

        /// <summary>Comma-separated, e.g. "Piano, Voice".</summary>
        public string? Disciplines { get; set; }

        /// <summary>Comma-separated dates; empty for every day.</summary>
        public string? Days { get; set; }

        public DateOnly? Date { get; set; }

        public DateOnly? To { get; set; }

        /// <summary>Time ranges, e.g. "09:00-12:00, 13:30-16:30".</summary>
        public string? Times { get; set; }

        public string? Breaks { get; set; }

        public List<int> RoomIds { get; set; } = [];
    }
}
