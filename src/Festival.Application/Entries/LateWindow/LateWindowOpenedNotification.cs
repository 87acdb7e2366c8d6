namespace Festival.Application.Entries.LateWindow;

public sealed record LateWindowOpenedNotification(int SeasonId, string SeasonName, DateTimeOffset ClosesAt, long SurchargeCents, string? ActorUserId, DateTimeOffset At)
    : INotification;
