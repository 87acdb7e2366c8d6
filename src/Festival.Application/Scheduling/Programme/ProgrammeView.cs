using Festival.Application.Scheduling.View;

namespace Festival.Application.Scheduling.Programme;

/// <summary>
/// The programme: null <see cref="Schedule"/> until the season's schedule is published (a staff draft has a schedule and,
/// before the first publishing, no <see cref="Version"/>).
/// </summary>
public sealed record ProgrammeView(string Season, string FestivalName, int? Version, ScheduleView? Schedule);
