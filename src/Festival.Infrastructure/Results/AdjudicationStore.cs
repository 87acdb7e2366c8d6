using Festival.Application.Entries;
using Festival.Application.Results;
using Festival.Domain.Results;
using Festival.Infrastructure.Persistence;
using Festival.Infrastructure.Reports;

namespace Festival.Infrastructure.Results;

/// <summary>
/// The schedule's sessions as results read them: a session's adjudicator is a person, and the person's account is who
/// may open it. Split classes appear in each session holding a part.
/// </summary>
internal sealed class AdjudicationStore(FestivalDbContext db) : IAdjudication
{
    public Task<bool> AdjudicatesAsync(string userId, int classId, CancellationToken cancellationToken) =>
        (from sc in db.ScheduledClasses
         join s in db.Sessions on sc.SessionId equals s.Id
         join a in db.Adjudicators on s.AdjudicatorId equals a.Id
         join p in db.People on a.PersonId equals p.Id
         where sc.ClassId == classId && p.UserId == userId
         select sc.Id).AnyAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> AdjudicatorNamesAsync(IReadOnlyCollection<int> classIds, CancellationToken cancellationToken)
    {
        var ids = classIds.ToList();
        var rows = await (from sc in db.ScheduledClasses
                          join s in db.Sessions on sc.SessionId equals s.Id
                          join a in db.Adjudicators on s.AdjudicatorId equals a.Id
                          join p in db.People on a.PersonId equals p.Id
                          where ids.Contains(sc.ClassId)
                          select new { sc.ClassId, s.Date, s.Start, p.Name }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ClassId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ThenBy(r => r.Start).First().Name);
    }

    public async Task<IReadOnlyList<SessionSummary>> SessionsAsync(int seasonId, string? adjudicatorUserId, CancellationToken cancellationToken)
    {
        var sessions = await Sessions().Where(s => s.SeasonId == seasonId && (adjudicatorUserId == null || s.AdjudicatorUserId == adjudicatorUserId))
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Place).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var classes = await db.ScheduledClasses.AsNoTracking().Where(sc => ids.Contains(sc.SessionId))
            .Select(sc => new { sc.SessionId, sc.ClassId, Entries = sc.Entries.Count() }).ToListAsync(cancellationToken);
        var classIds = classes.Select(c => c.ClassId).Distinct().ToList();
        var submitted = (await db.ClassResults.AsNoTracking().Where(r => classIds.Contains(r.ClassId) && r.SubmittedAt != null)
            .Select(r => r.ClassId).ToListAsync(cancellationToken)).ToHashSet();
        return [.. sessions.Select(s =>
        {
            var held = classes.Where(c => c.SessionId == s.Id).ToList();
            return new SessionSummary(s.Id, s.Date, s.Start, s.End, s.Place, s.Adjudicator, held.Count, held.Sum(c => c.Entries),
                held.Count > 0 && held.All(c => submitted.Contains(c.ClassId)));
        })];
    }

    public async Task<SessionInfo?> FindSessionAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await Sessions().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var classIds = await db.ScheduledClasses.AsNoTracking().Where(sc => sc.SessionId == sessionId)
            .OrderBy(sc => sc.Start).ThenBy(sc => sc.Part).Select(sc => sc.ClassId).ToListAsync(cancellationToken);
        return new SessionInfo(session.Id, session.SeasonId, session.Date, session.Start, session.End, session.Place, session.Adjudicator,
            session.AdjudicatorUserId, [.. classIds.Distinct()]);
    }

    public async Task<SessionSheet> SheetAsync(SessionInfo session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var scheduled = await db.ScheduledClasses.AsNoTracking().Where(sc => sc.SessionId == session.Id)
            .OrderBy(sc => sc.Start).ThenBy(sc => sc.Part).ToListAsync(cancellationToken);
        var classIds = scheduled.Select(sc => sc.ClassId).Distinct().ToList();
        var classes = await db.Classes.AsNoTracking().Where(c => classIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var entryIds = scheduled.SelectMany(sc => sc.EntryOrder).Distinct().ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var names = await EntryNames.LoadAsync(db, entries.Values, cancellationToken);
        var pieceIds = entries.Values.SelectMany(e => e.Pieces.Select(p => p.PieceId)).Distinct().ToList();
        var pieces = await db.Pieces.AsNoTracking().Where(p => pieceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var results = await db.EntryResults.AsNoTracking().Where(r => entryIds.Contains(r.EntryId)).ToDictionaryAsync(r => r.EntryId, cancellationToken);
        var submitted = (await db.ClassResults.AsNoTracking().Where(r => classIds.Contains(r.ClassId) && r.SubmittedAt != null)
            .Select(r => r.ClassId).ToListAsync(cancellationToken)).ToHashSet();

        SheetEntry Entry(int entryId, int position)
        {
            var entry = entries[entryId];
            var result = results.GetValueOrDefault(entryId);
            return new SheetEntry(
                entryId, position,
                names.Group(entry.GroupId) is { } group ? [group.Name] : [.. names.Performers(entry).Select(p => p.Name)],
                [.. entry.Pieces.OrderBy(p => p.Position).Select(p => new PieceLine(pieces[p.PieceId].Title, pieces[p.PieceId].Composer, p.DurationSeconds))],
                names.Person(entry.TeacherId)?.Name, names.Person(entry.AccompanistId)?.Name,
                result?.Mark, result?.Comments, result?.Recommendation, result?.Placement, result?.Appearance ?? Appearance.Expected, result?.Version ?? 0);
        }

        return new SessionSheet(session, [.. scheduled.Where(sc => classes.ContainsKey(sc.ClassId)).Select(sc => new SheetClass(
            sc.ClassId, classes[sc.ClassId].Code, classes[sc.ClassId].Name, sc.Start, sc.Part, sc.PartCount, submitted.Contains(sc.ClassId),
            [.. sc.EntryOrder.Where(entries.ContainsKey).Select((id, i) => Entry(id, i + 1))]))]);
    }

    public async Task<IReadOnlyList<ClassAdjudicator>> ClassAdjudicatorsAsync(int seasonId, CancellationToken cancellationToken) =>
        await (from sc in db.ScheduledClasses.AsNoTracking()
               join s in db.Sessions on sc.SessionId equals s.Id
               join a in db.Adjudicators on s.AdjudicatorId equals a.Id
               join p in db.People on a.PersonId equals p.Id
               where sc.SeasonId == seasonId
               select new ClassAdjudicator(sc.ClassId, p.Name))
            .Distinct().ToListAsync(cancellationToken);

    // Member initialization, not a constructor: EF Core translates later filters on these properties into SQL.
    private sealed class SessionRow
    {
        public int Id { get; init; }

        public int SeasonId { get; init; }

        public DateOnly Date { get; init; }

        public TimeOnly Start { get; init; }

        public TimeOnly End { get; init; }

        public string Place { get; init; } = string.Empty;

        public string? Adjudicator { get; init; }

        public string? AdjudicatorUserId { get; init; }
    }

    private IQueryable<SessionRow> Sessions() =>
        from s in db.Sessions.AsNoTracking()
        join room in db.Rooms on s.RoomId equals room.Id
        join venue in db.Venues on room.VenueId equals venue.Id
        join a in db.Adjudicators on s.AdjudicatorId equals a.Id into adjudicators
        from a in adjudicators.DefaultIfEmpty()
        join p in db.People on a.PersonId equals p.Id into people
        from p in people.DefaultIfEmpty()
        select new SessionRow
        {
            Id = s.Id, SeasonId = s.SeasonId, Date = s.Date, Start = s.Start, End = s.End, Place = venue.Name + ", " + room.Name,
            Adjudicator = p == null ? null : p.Name, AdjudicatorUserId = p == null ? null : p.UserId,
        };
}
