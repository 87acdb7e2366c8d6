using Festival.Application.Entries;
using Festival.Application.Results;
using Festival.Domain.People;
using Festival.Domain.Results;
using Festival.Infrastructure.Persistence;
using Festival.Infrastructure.Reports;

namespace Festival.Infrastructure.Results;

internal sealed class ResultStore(FestivalDbContext db) : IResults
{
    public async Task<ResultTarget?> FindTargetAsync(int entryId, CancellationToken cancellationToken) =>
        (await TargetsAsync(db.Entries.Where(e => e.Id == entryId), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<ResultTarget>> ClassEntriesAsync(int classId, CancellationToken cancellationToken) =>
        TargetsAsync(db.Entries.Where(e => e.ClassId == classId), cancellationToken);

    public Task<EntryResult?> FindAsync(int entryId, CancellationToken cancellationToken) =>
        db.EntryResults.SingleOrDefaultAsync(r => r.EntryId == entryId, cancellationToken);

    public async Task<IReadOnlyList<EntryResult>> ForClassAsync(int classId, CancellationToken cancellationToken) =>
        await db.EntryResults.Where(r => r.ClassId == classId).OrderBy(r => r.EntryId).ToListAsync(cancellationToken);

    public void Add(EntryResult result) => db.EntryResults.Add(result);

    public Task<ClassResult?> FindClassResultAsync(int classId, CancellationToken cancellationToken) =>
        db.ClassResults.SingleOrDefaultAsync(r => r.ClassId == classId, cancellationToken);

    public async Task<IReadOnlyList<ClassResult>> AwaitingPublicationAsync(int seasonId, CancellationToken cancellationToken) =>
        await db.ClassResults.Where(r => r.SeasonId == seasonId && r.SubmittedAt != null && r.PublishedAt == null).OrderBy(r => r.ClassId).ToListAsync(cancellationToken);

    public void Add(ClassResult result) => db.ClassResults.Add(result);

    public Task<ResultRules?> FindRulesAsync(int seasonId, CancellationToken cancellationToken) =>
        db.ResultRules.SingleOrDefaultAsync(r => r.SeasonId == seasonId, cancellationToken);

    public void Add(ResultRules rules) => db.ResultRules.Add(rules);

    public async Task<IReadOnlyList<SeasonAward>> AwardsAsync(int seasonId, CancellationToken cancellationToken) =>
        await db.SeasonAwards.Where(a => a.SeasonId == seasonId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public void Add(SeasonAward award) => db.SeasonAwards.Add(award);

    public void Remove(SeasonAward award) => db.SeasonAwards.Remove(award);

    public async Task<IReadOnlyList<AwardDecision>> AwardDecisionsAsync(int seasonId, CancellationToken cancellationToken) =>
        await db.AwardDecisions.Where(d => d.SeasonId == seasonId).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public void Add(AwardDecision decision) => db.AwardDecisions.Add(decision);

    public void Remove(AwardDecision decision) => db.AwardDecisions.Remove(decision);

    public async Task<IReadOnlyDictionary<int, string>> PublicNamesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken) =>
        (await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.NameConsentAt }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.NameConsentAt is null ? Person.Initials(p.Name) : p.Name);

    public async Task<IReadOnlyList<AdjudicatorPhrase>> PhrasesAsync(string userId, CancellationToken cancellationToken) =>
        await db.AdjudicatorPhrases.Where(p => p.UserId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<AdjudicatorPhrase?> FindPhraseAsync(string userId, int phraseId, CancellationToken cancellationToken) =>
        db.AdjudicatorPhrases.SingleOrDefaultAsync(p => p.UserId == userId && p.Id == phraseId, cancellationToken);

    public void Add(AdjudicatorPhrase phrase) => db.AdjudicatorPhrases.Add(phrase);

    public void Remove(AdjudicatorPhrase phrase) => db.AdjudicatorPhrases.Remove(phrase);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<IReadOnlyList<ResultLine>> LinesAsync(int seasonId, IReadOnlyCollection<int>? classIds, CancellationToken cancellationToken)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId);
        if (classIds is not null)
        {
            entries = entries.Where(e => classIds.Contains(e.ClassId));
        }

        return LinesAsync(entries, cancellationToken);
    }

    public Task<IReadOnlyList<ResultLine>> EntryLinesAsync(int seasonId, IReadOnlyCollection<int> entryIds, CancellationToken cancellationToken) =>
        LinesAsync(db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId && entryIds.Contains(e.Id)), cancellationToken);

    private async Task<IReadOnlyList<ResultLine>> LinesAsync(IQueryable<Festival.Domain.Entries.Entry> entries, CancellationToken cancellationToken)
    {
        var rows = await (
                from e in entries
                join c in db.Classes on e.ClassId equals c.Id
                join r in db.EntryResults on e.Id equals r.EntryId into results
                from r in results.DefaultIfEmpty()
                join cr in db.ClassResults on e.ClassId equals cr.ClassId into classResults
                from cr in classResults.DefaultIfEmpty()
                orderby c.Number, c.Suffix, e.Id
                select new { Entry = e, c.Number, c.Suffix, c.Name, c.Discipline, c.Level, Result = r, Published = cr != null && cr.PublishedAt != null })
            .ToListAsync(cancellationToken);
        var names = await EntryNames.LoadAsync(db, [.. rows.Select(r => r.Entry)], cancellationToken);
        var pieces = await PiecesAsync(rows.SelectMany(r => r.Entry.Pieces.Select(p => p.PieceId)), cancellationToken);
        var schools = await SchoolsAsync(rows.Select(r => r.Entry), cancellationToken);
        return [.. rows.Select(r => new ResultLine(
            r.Entry.Id, r.Entry.ClassId, $"{r.Number}{r.Suffix}", r.Name, r.Discipline, r.Level,
            [.. r.Entry.Participants.OrderBy(p => p.Position).Select(p => p.PersonId)],
            names.Group(r.Entry.GroupId) is { } group ? [group.Name] : [.. names.Performers(r.Entry).Select(p => p.Name)],
            [.. r.Entry.Pieces.OrderBy(p => p.Position).Select(p => new PieceLine(pieces[p.PieceId].Title, pieces[p.PieceId].Composer, p.DurationSeconds))],
            r.Entry.TeacherId, names.Person(r.Entry.TeacherId)?.Name, schools.GetValueOrDefault(r.Entry.Id), r.Entry.SubmittedByUserId,
            r.Result?.Mark, r.Result?.MarkValue, r.Result?.Comments, r.Result?.Recommendation, r.Result?.Placement,
            r.Result?.Appearance ?? Appearance.Expected, r.Published))];
    }

    private async Task<IReadOnlyList<ResultTarget>> TargetsAsync(IQueryable<Festival.Domain.Entries.Entry> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Entry = e, c.Number, c.Suffix })
            .OrderBy(r => r.Entry.Id)
            .ToListAsync(cancellationToken);
        var names = await EntryNames.LoadAsync(db, [.. rows.Select(r => r.Entry)], cancellationToken);
        return [.. rows.Select(r => new ResultTarget(r.Entry.Id, r.Entry.SeasonId, r.Entry.ClassId, $"{r.Number}{r.Suffix}", names.PerformerText(r.Entry)))];
    }

    private async Task<Dictionary<int, (string Title, string Composer)>> PiecesAsync(IEnumerable<int> pieceIds, CancellationToken cancellationToken)
    {
        var ids = pieceIds.Distinct().ToList();
        return await db.Pieces.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Title, p.Composer), cancellationToken);
    }

    /// <summary>Each entry's school: its group's, or its first performer's.</summary>
    private async Task<Dictionary<int, string>> SchoolsAsync(IEnumerable<Festival.Domain.Entries.Entry> entries, CancellationToken cancellationToken)
    {
        var list = entries.ToList();
        var groupIds = list.Where(e => e.GroupId != null).Select(e => e.GroupId!.Value).Distinct().ToList();
        var personIds = list.SelectMany(e => e.Participants.Select(p => p.PersonId)).Distinct().ToList();
        var groupSchools = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id) && g.SchoolId != null)
            .Join(db.Schools, g => g.SchoolId, s => s.Id, (g, s) => new { g.Id, s.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var personSchools = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.SchoolId != null)
            .Join(db.Schools, p => p.SchoolId, s => s.Id, (p, s) => new { p.Id, s.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var schools = new Dictionary<int, string>();
        foreach (var entry in list)
        {
            var school = entry.GroupId is { } g ? groupSchools.GetValueOrDefault(g)
                : entry.Participants.OrderBy(p => p.Position).Select(p => personSchools.GetValueOrDefault(p.PersonId)).FirstOrDefault(s => s is not null);
            if (school is not null)
            {
                schools[entry.Id] = school;
            }
        }

        return schools;
    }
}
