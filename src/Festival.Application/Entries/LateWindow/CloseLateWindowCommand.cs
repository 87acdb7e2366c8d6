namespace Festival.Application.Entries.LateWindow;

/// <summary>Festival staff close a running late window now: from then on only staff add or change entries.</summary>
public sealed record CloseLateWindowCommand(string? Season = null) : IRequest<Result<LateWindowClosedNotification>>, ITransactionalRequest;

public sealed record LateWindowClosedNotification(int SeasonId, string SeasonName, string? ActorUserId, DateTimeOffset At) : INotification;
