using Festival.Application.People;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.People;

internal sealed class PeopleStore(FestivalDbContext db) : IPeople
{
    public async Task<IReadOnlyList<Person>> FindUnlinkedByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
        await db.People.Where(p => p.EmailKey == emailKey && p.UserId == null).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<Person?> FindByUserAsync(string userId, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    public Task<IReadOnlyList<string>> NewProfileCodesAsync(int count, CancellationToken cancellationToken) =>
        ProfileCodes.NewAsync(db, count, cancellationToken);

    public async Task AddAsync(Person person, CancellationToken cancellationToken)
    {
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task AddLinkAsync(PersonLink link, CancellationToken cancellationToken)
    {
        db.PersonLinks.Add(link);
        return db.SaveChangesAsync(cancellationToken);
    }

    public Task AddGroupAsync(Group group, CancellationToken cancellationToken)
    {
        db.Groups.Add(group);
        return db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PersonLink>> LinksFromAsync(int personId, PersonLinkKind kind, CancellationToken cancellationToken) =>
        await db.PersonLinks.Where(l => l.PersonId == personId && l.Kind == kind).ToListAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<Person?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<bool> SchoolExistsAsync(int schoolId, CancellationToken cancellationToken) =>
        db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken);

    public async Task<IReadOnlyList<Entry>> EntriesNamingAsync(int personId, CancellationToken cancellationToken) =>
        await db.Entries
            .Where(e => e.TeacherId == personId || e.AccompanistId == personId || e.Participants.Any(p => p.PersonId == personId))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Group>> GroupsWithMemberAsync(int personId, CancellationToken cancellationToken) =>
        await db.Groups.Where(g => g.Members.Any(m => m.PersonId == personId)).OrderBy(g => g.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonLink>> LinksOfAsync(int personId, CancellationToken cancellationToken) =>
        await db.PersonLinks.Where(l => l.PersonId == personId || l.OtherPersonId == personId).OrderBy(l => l.Id).ToListAsync(cancellationToken);

    public void RemoveLink(PersonLink link) => db.PersonLinks.Remove(link);

    public async Task RemoveAsync(Person person, CancellationToken cancellationToken)
    {
        db.People.Remove(person);
        await db.SaveChangesAsync(cancellationToken);
    }
}
