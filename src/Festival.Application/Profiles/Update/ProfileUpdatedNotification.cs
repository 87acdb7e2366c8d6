namespace Festival.Application.Profiles.Update;

/// <summary>A user's primary profile changed. <paramref name="ChangedFields"/> names what changed, never the values.</summary>
public sealed record ProfileUpdatedNotification(string UserId, string Email, IReadOnlyList<string> ChangedFields, DateTimeOffset At) : INotification;
