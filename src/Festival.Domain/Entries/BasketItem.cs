namespace Festival.Domain.Entries;

/// <summary>
/// An entry an account is preparing, not yet submitted: kept on the server per account and season, so it survives a
/// closed tab, and checked again when the basket is submitted. Holds ids and typed repertoire, never a fee (the fee
/// is the class's when submitted).
/// </summary>
public sealed class BasketItem
{
    private readonly List<BasketPiece> _pieces = [];

    private BasketItem()
    {
    }

    public BasketItem(
        string userId, int seasonId, int classId, int? groupId, IReadOnlyList<int> personIds, int? teacherId, int? accompanistId, string? comments,
        IReadOnlyList<(string Title, string Composer, int DurationSeconds)> pieces, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(personIds);
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count is 0 or > Entry.MaxPieces)
        {
            throw new ArgumentException($"An entry has 1 to {Entry.MaxPieces} pieces.", nameof(pieces));
        }

        UserId = userId;
        SeasonId = seasonId;
        if ((groupId is null) == (personIds.Count == 0))
        {
            throw new ArgumentException("An entry is either one group's or named people's.", nameof(personIds));
        }

        ClassId = classId;
        GroupId = groupId;
        PersonIds = string.Join(',', personIds);
        ParticipantKey = Entry.KeyFor(groupId, personIds);
        TeacherId = teacherId;
        AccompanistId = accompanistId;
        Comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        for (var i = 0; i < pieces.Count; i++)
        {
            _pieces.Add(new BasketPiece(i + 1, pieces[i].Title.Trim(), pieces[i].Composer.Trim(), pieces[i].DurationSeconds));
        }

        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public int SeasonId { get; private set; }

    public int ClassId { get; private set; }

    /// <summary>The group entered, or null when named people are.</summary>
    public int? GroupId { get; private set; }

    /// <summary>The performers' ids in the order named, comma-separated; empty for a group.</summary>
    public string PersonIds { get; private set; } = string.Empty;

    public string ParticipantKey { get; private set; } = string.Empty;

    public int? TeacherId { get; private set; }

    public int? AccompanistId { get; private set; }

    public string? Comments { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<BasketPiece> Pieces => _pieces;

    public IReadOnlyList<int> Performers() =>
        [.. PersonIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))];
}
