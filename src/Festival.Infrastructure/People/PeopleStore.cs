using Festival.Application.People;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.People;

internal sealed class PeopleStore(FestivalDbContext db) : IPeople
{
    public async Task<IReadOnlyList<Person>> FindUnlinkedByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
        await db.People.Where(p => p.EmailKey == emailKey && p.UserId == null).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<Person?> FindByUserAsync(string userId, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    public async Task<IReadOnlyList<string>> NewProfileCodesAsync(int count, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var candidates = Enumerable.Range(0, count - codes.Count).Select(_ => ProfileCode.NewRandom()).Where(c => !codes.Contains(c)).ToHashSet();
            var taken = await db.People.Where(p => candidates.Contains(p.ProfileCode)).Select(p => p.ProfileCode).ToListAsync(cancellationToken);
            codes.UnionWith(candidates.Except(taken));
        }

        return [.. codes];
    }

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

    public async Task<IReadOnlyList<PersonLink>> LinksFromAsync(int personId, PersonLinkKind kind, CancellationToken cancellationToken) =>
        await db.PersonLinks.Where(l => l.PersonId == personId && l.Kind == kind).ToListAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
