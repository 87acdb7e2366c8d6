namespace Festival.Application.Scheduling.Timetable;

/// <summary>
/// Gives a person the account manages a new secret timetable feed token (their first, or one replacing the old, whose
/// URL then stops working). Answers the token.
/// </summary>
public sealed record RenewTimetableFeedCommand(string UserId, int PersonId) : IRequest<Result<string>>, ITransactionalRequest;

/// <summary>A person's timetable feed got a new token (the old URL, if any, no longer works).</summary>
public sealed record TimetableFeedRenewedNotification(int PersonId, string UserId, bool Replaced, DateTimeOffset At) : INotification;
