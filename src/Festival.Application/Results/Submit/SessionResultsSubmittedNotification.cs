namespace Festival.Application.Results.Submit;

/// <summary>A session's results were handed in (<paramref name="ClassIds"/>: the classes submitted by it, none when submitted before).</summary>
public sealed record SessionResultsSubmittedNotification(int SessionId, int SeasonId, IReadOnlyList<int> ClassIds, string UserId, DateTimeOffset At) : INotification;
