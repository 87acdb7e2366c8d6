using Festival.Application.Scheduling.Timetable;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Scheduling;

internal sealed class TimetableAddressStore(FestivalDbContext db) : ITimetableAddresses
{
    public async Task<IReadOnlyList<PersonAddress>> ForPeopleAsync(IReadOnlyCollection<int> personIds, DateOnly adultsBornBy, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var links = await db.PersonLinks.AsNoTracking()
            .Where(l => l.Status == PersonLinkStatus.Accepted && ids.Contains(l.OtherPersonId))
            .Select(l => new { l.PersonId, l.OtherPersonId, l.Kind })
            .ToListAsync(cancellationToken);
        var holders = ids.Concat(links.Select(l => l.PersonId)).Distinct().ToList();
        var people = await (
                from p in db.People.AsNoTracking()
                where holders.Contains(p.Id)
                join u in db.Users on p.UserId equals u.Id into accounts
                from u in accounts.DefaultIfEmpty()
                select new { p.Id, p.UserId, AccountEmail = u == null ? null : u.Email, p.Email, p.BirthDate })
            .ToListAsync(cancellationToken);
        var addresses = people
            .Select(p => (p.Id, Email: p.UserId is not null ? p.AccountEmail : p.BirthDate is { } born && born > adultsBornBy ? null : p.Email))
            .Where(p => !string.IsNullOrWhiteSpace(p.Email))
            .ToDictionary(p => p.Id, p => p.Email!);
        return
        [
            .. ids.Where(addresses.ContainsKey).Select(id => new PersonAddress(id, addresses[id], id, null)),
            .. links.Where(l => addresses.ContainsKey(l.PersonId)).Select(l => new PersonAddress(l.OtherPersonId, addresses[l.PersonId], l.PersonId, l.Kind)),
        ];
    }

    public async Task<IReadOnlyDictionary<string, string>> ForAccountsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }
}
