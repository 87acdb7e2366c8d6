namespace Festival.Application.Entries.Submit;

/// <summary>An account submitted entries; <paramref name="TotalCents"/> is what they cost, surcharges included.</summary>
public sealed record EntriesSubmittedNotification(
    string UserId, int SeasonId, string SeasonName, IReadOnlyList<int> EntryIds, long TotalCents, bool Late, DateTimeOffset At) : INotification;
