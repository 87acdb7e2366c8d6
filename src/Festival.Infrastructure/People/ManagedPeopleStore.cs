using Festival.Application.People.Consent;
using Festival.Application.People.Groups;
using Festival.Application.People.Managed;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.People;

internal sealed class ManagedPeopleStore(FestivalDbContext db) : IManagedPeople
{
    public Task<bool> ManagesAsync(string userId, int personId, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == personId && (p.UserId == userId || AcceptedLinksOf(userId).Any(l => l.OtherPersonId == personId)), cancellationToken);

    public Task<bool> ManagesGroupAsync(string userId, int groupId, CancellationToken cancellationToken) =>
        db.Groups.AnyAsync(g => g.Id == groupId
            && g.Members.Any(m => m.Kind == GroupMemberKind.Contact && db.People.Any(me => me.Id == m.PersonId && me.UserId == userId)), cancellationToken);

    public Task<bool> AnswersForAsync(string userId, int personId, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == personId && (p.UserId == userId
            || AcceptedLinksOf(userId).Any(l => l.OtherPersonId == personId && l.Kind == PersonLinkKind.Guardian)), cancellationToken);

    public async Task<MyPeople> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var self = await db.People.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new ManagedPersonSummary(p.Id, p.Name, p.ProfileCode, p.BirthDate)).SingleOrDefaultAsync(cancellationToken);
        if (self is null)
        {
            return new MyPeople(null, [], [], [], []);
        }

        var linked = await (
                from l in db.PersonLinks.AsNoTracking()
                join p in db.People on l.OtherPersonId equals p.Id
                where l.PersonId == self.Id && l.Status == PersonLinkStatus.Accepted
                orderby p.Name, p.Id
                select new { l.Kind, Person = new ManagedPersonSummary(p.Id, p.Name, p.ProfileCode, p.BirthDate) })
            .ToListAsync(cancellationToken);

        // Requests for people this account answers for (itself and the children it is guardian of), and those it sent.
        var answeredFor = db.PersonLinks.Where(g => g.PersonId == self.Id && g.Kind == PersonLinkKind.Guardian && g.Status == PersonLinkStatus.Accepted)
            .Select(g => g.OtherPersonId);
        var pending = await (
                from l in db.PersonLinks.AsNoTracking()
                join teacher in db.People on l.PersonId equals teacher.Id
                join student in db.People on l.OtherPersonId equals student.Id
                where l.Kind == PersonLinkKind.Teacher && l.Status == PersonLinkStatus.Pending
                      && (l.PersonId == self.Id || l.OtherPersonId == self.Id || answeredFor.Contains(l.OtherPersonId))
                orderby l.Id
                select new { Sent = l.PersonId == self.Id, View = new LinkRequestView(l.Id, teacher.Name, teacher.ProfileCode, student.Name, l.CreatedAt) })
            .ToListAsync(cancellationToken);

        return new MyPeople(
            self,
            [.. linked.Where(l => l.Kind == PersonLinkKind.Guardian).Select(l => l.Person)],
            [.. linked.Where(l => l.Kind == PersonLinkKind.Teacher).Select(l => l.Person)],
            [.. pending.Where(p => !p.Sent).Select(p => p.View)],
            [.. pending.Where(p => p.Sent).Select(p => p.View)]);
    }

    public async Task<IReadOnlyList<GroupSummary>> GroupsAsync(string userId, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking()
            .Where(g => g.Members.Any(m => m.Kind == GroupMemberKind.Contact && db.People.Any(me => me.Id == m.PersonId && me.UserId == userId)))
            .OrderBy(g => g.Name).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var ids = groups.SelectMany(g => g.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. groups.Select(g => new GroupSummary(
            g.Id, g.Name, [.. g.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => names.GetValueOrDefault(m.PersonId, "?")).Order(StringComparer.CurrentCulture)]))];
    }

    public async Task<ManagedPersonView?> ViewAsync(int personId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var linkedBy = await (
                from l in db.PersonLinks.AsNoTracking()
                join p in db.People on l.PersonId equals p.Id
                where l.OtherPersonId == personId && l.Status == PersonLinkStatus.Accepted
                orderby p.Name
                select new { l.Kind, p.Name })
            .ToListAsync(cancellationToken);
        var consent = await (
                from c in db.MediaConsents.AsNoTracking()
                join s in db.Seasons on c.SeasonId equals s.Id
                where c.PersonId == personId && s.IsCurrent
                select new MediaConsentView(s.Name, c.Granted, c.AnsweredAt))
            .SingleOrDefaultAsync(cancellationToken);
        return new ManagedPersonView(
            person.Id, person.Name, person.ProfileCode, person.BirthDate, person.Email, person.Phone, person.UserId is not null,
            [.. linkedBy.Where(l => l.Kind == PersonLinkKind.Guardian).Select(l => l.Name)],
            [.. linkedBy.Where(l => l.Kind == PersonLinkKind.Teacher).Select(l => l.Name)])
        {
            PublicName = person.PublicName,
            NameConsentAt = person.NameConsentAt,
            MediaConsent = consent,
        };
    }

    public Task<Person?> FindAsync(int personId, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);

    public Task<Person?> FindByCodeAsync(string profileCode, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.ProfileCode == profileCode, cancellationToken);

    public Task<PersonLink?> FindLinkAsync(int linkId, CancellationToken cancellationToken) =>
        db.PersonLinks.SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);

    public Task<PersonLink?> FindLinkAsync(int personId, int otherPersonId, PersonLinkKind kind, CancellationToken cancellationToken) =>
        db.PersonLinks.FirstOrDefaultAsync(l => l.PersonId == personId && l.OtherPersonId == otherPersonId && l.Kind == kind, cancellationToken);

    public async Task<IReadOnlyList<string>> AccountEmailsForAsync(int personId, CancellationToken cancellationToken)
    {
        var guardians = db.PersonLinks.Where(l => l.OtherPersonId == personId && l.Kind == PersonLinkKind.Guardian && l.Status == PersonLinkStatus.Accepted)
            .Select(l => l.PersonId);
        return await (
                from p in db.People
                join u in db.Users on p.UserId equals u.Id
                where (p.Id == personId || guardians.Contains(p.Id)) && u.Email != null
                orderby p.Id
                select u.Email!)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> AccountEmailsForManyAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        var emails = new Dictionary<int, IReadOnlyList<string>>();
        // Asked in slices: a parameter list of thousands is slow on SQLite and limited on SQL Server.
        foreach (var slice in personIds.Distinct().Chunk(500))
        {
            var own = await (
                    from p in db.People
                    join u in db.Users on p.UserId equals u.Id
                    where slice.Contains(p.Id) && u.Email != null
                    select new { For = p.Id, AccountOf = p.Id, Email = u.Email! })
                .ToListAsync(cancellationToken);
            var guardians = await (
                    from l in db.PersonLinks
                    join p in db.People on l.PersonId equals p.Id
                    join u in db.Users on p.UserId equals u.Id
                    where slice.Contains(l.OtherPersonId) && l.Kind == PersonLinkKind.Guardian && l.Status == PersonLinkStatus.Accepted && u.Email != null
                    select new { For = l.OtherPersonId, AccountOf = p.Id, Email = u.Email! })
                .ToListAsync(cancellationToken);
            var byPerson = own.Concat(guardians).ToLookup(a => a.For);
            foreach (var personId in slice)
            {
                // As AccountEmailsForAsync: the person's and the guardians' addresses in person order, each once.
                emails[personId] = [.. byPerson[personId].OrderBy(a => a.AccountOf).Select(a => a.Email).Distinct()];
            }
        }

        return emails;
    }

    /// <summary>The accepted links whose guardian or teacher is the person of account <paramref name="userId"/>.</summary>
    private IQueryable<PersonLink> AcceptedLinksOf(string userId) =>
        db.PersonLinks.Where(l => l.Status == PersonLinkStatus.Accepted && db.People.Any(me => me.Id == l.PersonId && me.UserId == userId));
}
