namespace Festival.Application.Entries.Change;

/// <summary>Festival staff changed an entry someone else submitted; <paramref name="Changes"/> names what changed.</summary>
public sealed record EntryChangedByStaffNotification(
    int EntryId, int SeasonId, string SeasonName, string SubmittedByUserId, string StaffUserId, IReadOnlyList<string> Changes, DateTimeOffset At) : INotification;
