namespace Festival.Application.Seasons.Create;

/// <summary>A season was created; <see cref="ClassesCopied"/> classes came from <see cref="CopiedFrom"/>.</summary>
public sealed record SeasonStartedNotification(
    int SeasonId, string Name, string? CopiedFrom, int ClassesCopied, bool IsCurrent, string? ActorUserId, DateTimeOffset At) : INotification;
