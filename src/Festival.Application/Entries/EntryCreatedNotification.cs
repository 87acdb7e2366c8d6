namespace Festival.Application.Entries;

/// <summary>An entry was made (by an import, or later by the person entering).</summary>
public sealed record EntryCreatedNotification(int EntryId, int SeasonId, int ClassId, DateTimeOffset At) : INotification;
