namespace Festival.Application.People.Managed;

/// <summary>An account added a person it enters (<paramref name="Relationship"/> says how they are related).</summary>
public sealed record ManagedPersonAddedNotification(string UserId, int PersonId, Relationship Relationship, DateTimeOffset At) : INotification;
