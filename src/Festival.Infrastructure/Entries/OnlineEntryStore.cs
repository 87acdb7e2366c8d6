using Festival.Application.Entries;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Entries;

internal sealed class OnlineEntryStore(FestivalDbContext db) : IOnlineEntries
{
    public Task<FestivalClass?> FindClassAsync(int seasonId, int classId, CancellationToken cancellationToken) =>
        db.Classes.SingleOrDefaultAsync(c => c.Id == classId && c.SeasonId == seasonId, cancellationToken);

    public async Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyList<int> personIds, CancellationToken cancellationToken)
    {
        var found = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. personIds.Where(found.ContainsKey).Select(id => found[id])];
    }

    public Task<Group?> FindGroupAsync(int groupId, CancellationToken cancellationToken) =>
        db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);

    public async Task AddBasketItemAsync(BasketItem item, CancellationToken cancellationToken)
    {
        db.BasketItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BasketItem>> BasketAsync(string userId, int seasonId, CancellationToken cancellationToken) =>
        await db.BasketItems.Where(b => b.UserId == userId && b.SeasonId == seasonId).OrderBy(b => b.Id).ToListAsync(cancellationToken);

    public Task<BasketItem?> FindBasketItemAsync(string userId, int itemId, CancellationToken cancellationToken) =>
        db.BasketItems.SingleOrDefaultAsync(b => b.Id == itemId && b.UserId == userId, cancellationToken);

    public void Remove(BasketItem item) => db.BasketItems.Remove(item);

    public Task<bool> EntryExistsAsync(int classId, string participantKey, CancellationToken cancellationToken) =>
        db.Entries.AnyAsync(e => e.ClassId == classId && e.ParticipantKey == participantKey, cancellationToken);

    public async Task<int> PieceIdAsync(string title, string composer, int durationSeconds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var titleKey = PersonNames.Key(title);
        var composerKey = PersonNames.Key(composer);
        var id = await db.Pieces.Where(p => p.TitleKey == titleKey && p.ComposerKey == composerKey).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is { } known)
        {
            return known;
        }

        var piece = new Piece(title, composer, durationSeconds, at);
        db.Pieces.Add(piece);
        await db.SaveChangesAsync(cancellationToken);
        return piece.Id;
    }

    public async Task AddEntryAsync(Entry entry, CancellationToken cancellationToken)
    {
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<Entry?> FindEntryAsync(int entryId, CancellationToken cancellationToken) =>
        db.Entries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);

    public void Remove(Entry entry) => db.Entries.Remove(entry);

    public async Task AddWithdrawalAsync(EntryWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        db.EntryWithdrawals.Add(withdrawal);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<IReadOnlyList<BasketLine>> BasketLinesAsync(string userId, int seasonId, CancellationToken cancellationToken)
    {
        var items = await db.BasketItems.AsNoTracking().Where(b => b.UserId == userId && b.SeasonId == seasonId).OrderBy(b => b.Id)
            .Join(db.Classes, b => b.ClassId, c => c.Id, (b, c) => new { Item = b, c.Number, c.Suffix, c.Name, c.FeeCents })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(items.SelectMany(i => i.Item.Performers()), cancellationToken);
        var groups = await GroupNamesAsync(items.Select(i => i.Item.GroupId), cancellationToken);
        return [.. items.Select(i => new BasketLine(
            i.Item.Id, i.Item.ClassId, $"{i.Number}{i.Suffix}", i.Name,
            i.Item.GroupId is { } g ? [groups.GetValueOrDefault(g, "?")] : [.. i.Item.Performers().Select(id => names.GetValueOrDefault(id, "?"))],
            [.. i.Item.Pieces.OrderBy(p => p.Position).Select(p => new PieceLine(p.Title, p.Composer, p.DurationSeconds))],
            i.FeeCents))];
    }

    public async Task<IReadOnlyList<EntryLine>> EntriesVisibleToAsync(string userId, int seasonId, CancellationToken cancellationToken)
    {
        var me = db.People.Where(p => p.UserId == userId).Select(p => p.Id);
        var mine = db.PersonLinks.Where(l => l.Status == PersonLinkStatus.Accepted && me.Contains(l.PersonId)).Select(l => l.OtherPersonId);
        var ids = await db.Entries.AsNoTracking()
            .Where(e => e.SeasonId == seasonId && (e.SubmittedByUserId == userId
                || me.Contains(e.TeacherId!.Value) || me.Contains(e.AccompanistId!.Value)
                || e.Participants.Any(p => me.Contains(p.PersonId) || mine.Contains(p.PersonId))
                || db.Groups.Any(g => g.Id == e.GroupId && g.Members.Any(m => me.Contains(m.PersonId) || mine.Contains(m.PersonId)))))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyList<EntryLine>> DescribeAsync(IReadOnlyList<int> entryIds, CancellationToken cancellationToken)
    {
        var rows = await db.Entries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Entry = e, c.Number, c.Suffix, c.Name })
            .OrderBy(r => r.Number).ThenBy(r => r.Suffix).ThenBy(r => r.Entry.Id)
            .ToListAsync(cancellationToken);
        var people = await NamesAsync(
            rows.SelectMany(r => r.Entry.Participants.Select(p => p.PersonId)
                .Concat(new[] { r.Entry.TeacherId, r.Entry.AccompanistId }.Where(id => id is not null).Select(id => id!.Value))),
            cancellationToken);
        var groups = await GroupNamesAsync(rows.Select(r => r.Entry.GroupId), cancellationToken);
        var pieces = await PiecesAsync(rows.SelectMany(r => r.Entry.Pieces), cancellationToken);
        return [.. rows.Select(r => new EntryLine(
            r.Entry.Id, $"{r.Number}{r.Suffix}", r.Name,
            Performers(r.Entry, people, groups),
            pieces(r.Entry.Pieces),
            r.Entry.TeacherId, r.Entry.TeacherId is { } t ? people.GetValueOrDefault(t) : null,
            r.Entry.AccompanistId is { } a ? people.GetValueOrDefault(a) : null,
            r.Entry.FeeCents, r.Entry.SurchargeCents, r.Entry.SubmittedByUserId) { CancelledAt = r.Entry.CancelledAt })];
    }

    public async Task<EntryForChange?> ForChangeAsync(int entryId, CancellationToken cancellationToken)
    {
        var row = await db.Entries.AsNoTracking().Where(e => e.Id == entryId)
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Entry = e, c.Number, c.Suffix, c.Name, c.MaxPerformanceSeconds })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var entry = row.Entry;
        var people = await NamesAsync(entry.Participants.Select(p => p.PersonId), cancellationToken);
        var groups = await GroupNamesAsync([entry.GroupId], cancellationToken);
        var codes = await db.People.AsNoTracking().Where(p => p.Id == entry.TeacherId || p.Id == entry.AccompanistId)
            .ToDictionaryAsync(p => p.Id, p => p.ProfileCode, cancellationToken);
        var pieces = await PiecesAsync(entry.Pieces, cancellationToken);
        return new EntryForChange(
            entry.Id, entry.SeasonId, entry.ClassId, $"{row.Number}{row.Suffix}", row.Name, row.MaxPerformanceSeconds, Performers(entry, people, groups),
            pieces(entry.Pieces),
            entry.TeacherId is { } t ? codes.GetValueOrDefault(t) : null, entry.AccompanistId is { } a ? codes.GetValueOrDefault(a) : null,
            entry.Comments, entry.SubmittedByUserId);
    }

    private static IReadOnlyList<string> Performers(Entry entry, Dictionary<int, string> people, Dictionary<int, string> groups) =>
        entry.GroupId is { } g
            ? [groups.GetValueOrDefault(g, "?")]
            : [.. entry.Participants.OrderBy(p => p.Position).Select(p => people.GetValueOrDefault(p.PersonId, "?"))];

    /// <summary>Reads the shared pieces some entry pieces name, and returns how to turn those entry pieces into lines.</summary>
    private async Task<Func<IEnumerable<EntryPiece>, IReadOnlyList<PieceLine>>> PiecesAsync(IEnumerable<EntryPiece> entryPieces, CancellationToken cancellationToken)
    {
        var ids = entryPieces.Select(p => p.PieceId).Distinct().ToList();
        var pieces = await db.Pieces.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return list => [.. list.OrderBy(p => p.Position).Select(p => new PieceLine(pieces[p.PieceId].Title, pieces[p.PieceId].Composer, p.DurationSeconds))];
    }

    private async Task<Dictionary<int, string>> GroupNamesAsync(IEnumerable<int?> groupIds, CancellationToken cancellationToken)
    {
        var ids = groupIds.OfType<int>().Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<int, string>() : await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
    }

    private async Task<Dictionary<int, string>> NamesAsync(IEnumerable<int> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }
}
