namespace Festival.Application.Results;

/// <summary>Festival staff changed results after their session was submitted (<paramref name="Change"/> says what).</summary>
public sealed record SubmittedResultsChangedNotification(
    int ClassId, int SeasonId, string ClassCode, IReadOnlyList<int> EntryIds, string Change, string ActorUserId, DateTimeOffset At) : INotification;
