using Festival.Application.Entries.Import;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Infrastructure.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Entries;

internal sealed class EntriesImportStore(FestivalDbContext db) : IEntriesImportStore
{
    public async Task<EntriesImportData> LoadAsync(int seasonId, CancellationToken cancellationToken)
    {
        var classes = await db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Select(p => new KnownPerson(p.Id, p.Name, p.EmailKey, p.BirthDate, p.Roles, p.Email != null, p.Phone != null, p.SchoolId != null))
            .ToListAsync(cancellationToken);
        var schools = await db.Schools.AsNoTracking().Select(s => new KnownNamed(s.Id, s.Name)).ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().Select(g => new KnownNamed(g.Id, g.Name)).ToListAsync(cancellationToken);
        var pieces = await db.Pieces.AsNoTracking().Select(p => new KnownPiece(p.Id, p.Title, p.Composer, p.DurationSeconds)).ToListAsync(cancellationToken);
        var entries = (await db.Entries.AsNoTracking().AsSplitQuery().Where(e => e.SeasonId == seasonId).ToListAsync(cancellationToken))
            .Select(e => new KnownEntry(e.Id, e.ClassId, e.ParticipantKey, e.TeacherId, e.AccompanistId, e.Comments,
                e.Pieces.OrderBy(p => p.Position).Select(p => (p.PieceId, p.DurationSeconds)).ToList()))
            .ToList();
        var links = await db.PersonLinks.AsNoTracking().Where(l => l.Kind == PersonLinkKind.Teacher)
            .Select(l => new { l.PersonId, l.OtherPersonId }).ToListAsync(cancellationToken);
        return new EntriesImportData(classes, people, schools, groups, pieces, entries, links.Select(l => (l.PersonId, l.OtherPersonId)).ToHashSet());
    }

    public async Task<IReadOnlyList<int>> ApplyAsync(EntriesPlan plan, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var parts = plan.Parts;

        var schools = parts.NewSchools.Select(name => new School(name, at)).ToList();
        db.Schools.AddRange(schools);
        await db.SaveChangesAsync(cancellationToken);
        int? SchoolId(Ref? school) => school is not { } s ? null : s.IsNew ? schools[s.NewIndex].Id : s.Value;

        var codes = await ProfileCodes.NewAsync(db, parts.NewPeople.Count, cancellationToken);
        var people = parts.NewPeople.Select((p, i) =>
        {
            var person = new Person(p.Name, p.Roles, codes[i], at);
            person.Complete(p.Email, p.Phone, p.BirthDate, SchoolId(p.School), at);
            return person;
        }).ToList();
        db.People.AddRange(people);

        var completions = parts.Completions.ToDictionary(c => c.PersonId);
        foreach (var person in await db.People.Where(p => completions.Keys.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            var completion = completions[person.Id];
            person.Complete(completion.Email, completion.Phone, completion.BirthDate, SchoolId(completion.School), at);
            person.AddRoles(completion.Roles);
        }

        var groups = parts.NewGroups.Select(g =>
        {
            var group = new Group(g.Name, at);
            group.SetSchool(SchoolId(g.School));
            return group;
        }).ToList();
        db.Groups.AddRange(groups);
        var pieces = parts.NewPieces.Select(p => new Piece(p.Title, p.Composer, p.DurationSeconds, at)).ToList();
        db.Pieces.AddRange(pieces);
        await db.SaveChangesAsync(cancellationToken);

        int PersonId(Ref person) => person.IsNew ? people[person.NewIndex].Id : person.Value;
        int? OptionalPerson(Ref? person) => person is { } p ? PersonId(p) : null;
        List<(int, int)> Repertoire(IReadOnlyList<PlannedPiece> planned) =>
            planned.Select(p => (p.Piece.IsNew ? pieces[p.Piece.NewIndex].Id : p.Piece.Value, p.Seconds)).ToList();

        db.PersonLinks.AddRange(parts.TeacherLinks.Select(l =>
            new PersonLink(PersonId(l.Teacher), PersonId(l.Student), PersonLinkKind.Teacher, PersonLinkStatus.Accepted, at)));

        var entries = parts.Creates.Select(e =>
        {
            var entry = e.Group is { } g
                ? Entry.ForGroup(plan.SeasonId, e.ClassId, g.IsNew ? groups[g.NewIndex].Id : g.Value, e.Fee, at)
                : Entry.ForPeople(plan.SeasonId, e.ClassId, e.Participants.Select(PersonId).ToList(), e.Fee, at);
            entry.Describe(OptionalPerson(e.Teacher), OptionalPerson(e.Accompanist), e.Comments, Repertoire(e.Pieces), at);
            return entry;
        }).ToList();
        db.Entries.AddRange(entries);

        var updated = parts.Updates.ToDictionary(u => u.EntryId);
        foreach (var entry in await db.Entries.Where(e => updated.Keys.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            var update = updated[entry.Id];
            entry.Describe(OptionalPerson(update.Teacher), OptionalPerson(update.Accompanist), update.Comments, Repertoire(update.Pieces), at);
        }

        await db.SaveChangesAsync(cancellationToken);
        return entries.Select(e => e.Id).ToList();
    }
}
