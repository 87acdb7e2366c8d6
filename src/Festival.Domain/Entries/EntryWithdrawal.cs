namespace Festival.Domain.Entries;

/// <summary>
/// What is kept of a withdrawn entry (the entry itself is deleted, so the same performers may enter the class again):
/// class, performers' names as they were, payer, what it cost, and who withdrew it when. Staff list these.
/// </summary>
public sealed class EntryWithdrawal
{
    public const int MaxPerformersLength = 1000;

    private EntryWithdrawal()
    {
    }

    public EntryWithdrawal(
        int entryId, int seasonId, int classId, string performers, string? submittedByUserId, string withdrawnByUserId, bool byStaff, long totalCents,
        DateTimeOffset withdrawnAt)
    {
        ArgumentNullException.ThrowIfNull(performers);
        ArgumentException.ThrowIfNullOrWhiteSpace(withdrawnByUserId);
        EntryId = entryId;
        SeasonId = seasonId;
        ClassId = classId;
        Performers = performers.Length > MaxPerformersLength ? performers[..MaxPerformersLength] : performers;
        SubmittedByUserId = submittedByUserId;
        WithdrawnByUserId = withdrawnByUserId;
        ByStaff = byStaff;
        TotalCents = totalCents;
        WithdrawnAt = withdrawnAt;
    }

    public int Id { get; private set; }

    /// <summary>The id the entry had; nothing refers to it any more.</summary>
    public int EntryId { get; private set; }

    public int SeasonId { get; private set; }

    public int ClassId { get; private set; }

    /// <summary>"Anna Smith, Ben Jones", or the group's name, when withdrawn.</summary>
    public string Performers { get; private set; } = string.Empty;

    public string? SubmittedByUserId { get; private set; }

    public string WithdrawnByUserId { get; private set; } = string.Empty;

    public bool ByStaff { get; private set; }

    /// <summary>Fee plus surcharge, in cents, that the entry cost.</summary>
    public long TotalCents { get; private set; }

    public DateTimeOffset WithdrawnAt { get; private set; }
}
