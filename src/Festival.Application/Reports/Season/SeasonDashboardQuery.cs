namespace Festival.Application.Reports.Season;

/// <summary>A season at a glance: entries, participants, fees, performance time, and entries and hours per discipline.</summary>
public sealed record SeasonDashboardQuery(string? Season = null) : IRequest<Result<SeasonDashboard>>;

/// <summary>
/// <see cref="FeesPaid"/> is always 0 until Festival takes payments: entries record the fee due, not what was paid.
/// <see cref="Participants"/> counts people performing in at least one entry; <see cref="Groups"/> the groups entered.
/// </summary>
public sealed record SeasonDashboard(
    string Season,
    string FestivalName,
    int Classes,
    int Entries,
    int Participants,
    int Groups,
    decimal FeesDue,
    decimal FeesPaid,
    long TotalSeconds,
    IReadOnlyList<DisciplineLoad> Disciplines);

/// <summary>Entries and performance time (pieces plus adjudication and warm-up) of one discipline.</summary>
public sealed record DisciplineLoad(string Discipline, int Entries, long Seconds);
