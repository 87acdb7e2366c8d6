namespace Festival.Application.People.Update;

/// <summary>A person's record was edited by an administrator.</summary>
public sealed record PersonUpdatedNotification(int PersonId, string Name, string? ActorUserId, DateTimeOffset At) : INotification;
