using Festival.Application.Scheduling.View;

namespace Festival.Application.Scheduling.Programme;

/// <summary>The programme: null <see cref="Schedule"/> until the season's schedule is published.</summary>
public sealed record ProgrammeView(string Season, string FestivalName, int? Version, ScheduleView? Schedule);
