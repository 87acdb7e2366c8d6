namespace Festival.Domain.Scheduling;

/// <summary>
/// The adjudicator of a session: the person, the disciplines they adjudicate, and the days they are available
/// (null: every day).
/// </summary>
public sealed record SessionAdjudicator(Guid PersonId, IReadOnlyList<string> Disciplines, IReadOnlyList<DateOnly>? AvailableDays = null);
