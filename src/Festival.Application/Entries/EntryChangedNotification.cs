namespace Festival.Application.Entries;

/// <summary>An entry's teacher, accompanist, comments or repertoire changed; <see cref="Changes"/> names which.</summary>
public sealed record EntryChangedNotification(int EntryId, int SeasonId, IReadOnlyList<string> Changes, DateTimeOffset At) : INotification;
