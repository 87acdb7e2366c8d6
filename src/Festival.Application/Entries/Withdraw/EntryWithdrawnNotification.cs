namespace Festival.Application.Entries.Withdraw;

/// <summary>An entry was withdrawn (deleted) by its submitter or by staff; <paramref name="TotalCents"/> is what it cost.</summary>
public sealed record EntryWithdrawnNotification(
    int EntryId, int SeasonId, int ClassId, string ParticipantKey, string? SubmittedByUserId, string WithdrawnByUserId, bool ByStaff, DateTimeOffset At,
    long TotalCents = 0) : INotification;
