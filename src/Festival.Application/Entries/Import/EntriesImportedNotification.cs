namespace Festival.Application.Entries.Import;

/// <summary>An entries file was committed, with what it did. No per-row email follows from it.</summary>
public sealed record EntriesImportedNotification(
    int SeasonId, string Season, string FileName, int Created, int Updated, int Unchanged, int Rejected, int PeopleCreated, string? ActorUserId,
    DateTimeOffset At) : INotification;
