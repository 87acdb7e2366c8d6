using Festival.Domain.Syllabus;

namespace Festival.Domain.Entries;

/// <summary>
/// One performance entered in one class: its participants (named people, or one group), optional teacher and accompanist,
/// and 1–5 pieces. An entry is identified by its class (hence season) and its participants (<see cref="ParticipantKey"/>),
/// so entering the same people in the same class twice is the same entry.
/// </summary>
public sealed class Entry
{
    public const int MaxPieces = 5;
    public const int MaxCommentsLength = 2000;

    private readonly List<EntryParticipant> _participants = [];
    private readonly List<EntryPiece> _pieces = [];

    private Entry()
    {
    }

    private Entry(int seasonId, int classId, int? groupId, IReadOnlyList<int> personIds, decimal fee, DateTimeOffset createdAt)
    {
        SeasonId = seasonId;
        ClassId = classId;
        GroupId = groupId;
        for (var i = 0; i < personIds.Count; i++)
        {
            _participants.Add(new EntryParticipant(personIds[i], i + 1));
        }

        ParticipantKey = KeyFor(groupId, personIds);
        FeeCents = Money.ToCents(fee);
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public static Entry ForPeople(int seasonId, int classId, IReadOnlyList<int> personIds, decimal fee, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        if (personIds.Count == 0 || personIds.Distinct().Count() != personIds.Count)
        {
            throw new ArgumentException("An entry names at least one person, each once.", nameof(personIds));
        }

        return new Entry(seasonId, classId, null, personIds, fee, createdAt);
    }

    public static Entry ForGroup(int seasonId, int classId, int groupId, decimal fee, DateTimeOffset createdAt) =>
        new(seasonId, classId, groupId, [], fee, createdAt);

    /// <summary>The identity of the performers: <c>g:12</c> for a group, <c>p:3,9</c> (ids in ascending order) for people.</summary>
    public static string KeyFor(int? groupId, IEnumerable<int> personIds) =>
        groupId is { } g ? $"g:{g}" : "p:" + string.Join(',', personIds.Order());

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public int ClassId { get; private set; }

    public int? GroupId { get; private set; }

    public string ParticipantKey { get; private set; } = string.Empty;

    public int? TeacherId { get; private set; }

    public int? AccompanistId { get; private set; }

    public string? Comments { get; private set; }

    /// <summary>The fee at the time of entry, in cents: later changes to the class fee do not change it.</summary>
    public long FeeCents { get; private set; }

    public decimal Fee => FeeCents / 100m;

    /// <summary>The late surcharge this entry carries, in cents (zero unless submitted in the late window).</summary>
    public long SurchargeCents { get; private set; }

    /// <summary>The account that submitted the entry online, who pays for it; null for entries made by an import.</summary>
    public string? SubmittedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the festival cancelled the entry's class; a cancelled entry stays on its invoice, credited.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Marks the entry cancelled (its class was); returns false when it already was.</summary>
    public bool Cancel(DateTimeOffset at)
    {
        if (CancelledAt is not null)
        {
            return false;
        }

        CancelledAt = at;
        UpdatedAt = at;
        return true;
    }

    public IReadOnlyCollection<EntryParticipant> Participants => _participants;

    public IReadOnlyCollection<EntryPiece> Pieces => _pieces;

    /// <summary>Marks the entry as submitted online by <paramref name="userId"/>, who pays for it.</summary>
    public void SubmitBy(string userId, long surchargeCents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfNegative(surchargeCents);
        SubmittedByUserId = userId;
        SurchargeCents = surchargeCents;
    }

    public int TotalSeconds => _pieces.Sum(p => p.DurationSeconds);

    /// <summary>Sets teacher, accompanist, comments and repertoire; returns the names of what changed.</summary>
    public IReadOnlyList<string> Describe(int? teacherId, int? accompanistId, string? comments, IReadOnlyList<(int PieceId, int DurationSeconds)> pieces, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count is 0 or > MaxPieces)
        {
            throw new ArgumentException($"An entry has 1 to {MaxPieces} pieces.", nameof(pieces));
        }

        var changed = new List<string>();
        if (TeacherId != teacherId)
        {
            TeacherId = teacherId;
            changed.Add("Teacher");
        }

        if (AccompanistId != accompanistId)
        {
            AccompanistId = accompanistId;
            changed.Add("Accompanist");
        }

        var text = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        if (Comments != text)
        {
            Comments = text;
            changed.Add("Comments");
        }

        var current = _pieces.OrderBy(p => p.Position).Select(p => (p.PieceId, p.DurationSeconds)).ToList();
        if (!current.SequenceEqual(pieces))
        {
            _pieces.Clear();
            for (var i = 0; i < pieces.Count; i++)
            {
                _pieces.Add(new EntryPiece(pieces[i].PieceId, i + 1, pieces[i].DurationSeconds));
            }

            changed.Add("Repertoire");
        }

        if (changed.Count > 0 && Id != 0)
        {
            UpdatedAt = at;
        }

        return changed;
    }

    /// <summary>
    /// Puts person <paramref name="to"/> wherever person <paramref name="from"/> takes part (two records of one person being
    /// merged): as a performer, teacher or accompanist. Returns whether anything changed.
    /// </summary>
    public bool ReplacePerson(int from, int to, DateTimeOffset at)
    {
        var changed = false;
        if (_participants.FirstOrDefault(p => p.PersonId == from) is { } participant)
        {
            if (_participants.Any(p => p.PersonId == to))
            {
                throw new InvalidOperationException("Both people perform in this entry; it cannot name one person twice.");
            }

            _participants.Remove(participant);
            _participants.Add(new EntryParticipant(to, participant.Position));
            ParticipantKey = KeyFor(GroupId, _participants.Select(p => p.PersonId));
            changed = true;
        }

        if (TeacherId == from)
        {
            TeacherId = to;
            changed = true;
        }

        if (AccompanistId == from)
        {
            AccompanistId = to;
            changed = true;
        }

        if (changed)
        {
            UpdatedAt = at;
        }

        return changed;
    }

    /// <summary>The performers' key this entry would have with <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public string ParticipantKeyWith(int from, int to) =>
        KeyFor(GroupId, _participants.Select(p => p.PersonId == from ? to : p.PersonId));

    public bool Names(int personId) =>
        TeacherId == personId || AccompanistId == personId || _participants.Any(p => p.PersonId == personId);

    public bool Performs(int personId) => _participants.Any(p => p.PersonId == personId);
}
