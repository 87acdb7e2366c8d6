namespace Festival.Application.Results.Publish;

/// <summary>The results of <paramref name="ClassIds"/> were published.</summary>
public sealed record ResultsPublishedNotification(int SeasonId, string SeasonName, IReadOnlyList<int> ClassIds, string? ActorUserId, DateTimeOffset At) : INotification;
