using Festival.Application.Accounts.Data;
using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Privacy;

internal sealed class ExportAccountDataHandler(FestivalDbContext db, IOnlineEntries entries, IInvoices invoices, TimeProvider clock)
    : IRequestHandler<ExportAccountDataQuery, Result<AccountDataExport>>
{
    public async Task<Result<AccountDataExport>> Handle(ExportAccountDataQuery request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == request.UserId)
            .Select(u => new { u.Id, u.Email, u.RegisteredAt }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return Error.NotFound("account_not_found", "There is no such account.");
        }

        var profile = await db.Profiles.AsNoTracking().Where(p => p.UserId == user.Id && p.IsPrimary)
            .Select(p => new { p.DisplayName, p.Phone, p.School }).FirstOrDefaultAsync(cancellationToken);
        var people = await ManagedPeopleAsync(db, user.Id, cancellationToken);
        var personIds = people.Select(p => p.Person.Id).ToList();

        var entryRows = await db.Entries.AsNoTracking()
            .Where(e => e.SubmittedByUserId == user.Id || e.Participants.Any(p => personIds.Contains(p.PersonId)))
            .Join(db.Seasons, e => e.SeasonId, s => s.Id, (e, s) => new { e.Id, Season = s.Name, SeasonId = s.Id })
            .ToListAsync(cancellationToken);
        var lines = (await entries.DescribeAsync([.. entryRows.Select(e => e.Id)], cancellationToken)).ToDictionary(l => l.Id);
        var bySeason = entryRows.GroupBy(e => (e.SeasonId, e.Season)).OrderBy(g => g.Key.SeasonId)
            .Select(g => new SeasonEntries(g.Key.Season, [.. g.Where(e => lines.ContainsKey(e.Id)).Select(e => lines[e.Id])]))
            .ToList();

        var invoiceIds = await db.Invoices.AsNoTracking().Where(i => i.PayerUserId == user.Id).OrderBy(i => i.SeasonId).Select(i => i.Id).ToListAsync(cancellationToken);
        var invoiceViews = new List<InvoiceView>();
        foreach (var id in invoiceIds)
        {
            if (await invoices.ViewAsync(id, cancellationToken) is { } view)
            {
                invoiceViews.Add(view);
            }
        }

        return Result<AccountDataExport>.Success(new AccountDataExport(
            clock.GetUtcNow(),
            new AccountData(user.Id, user.Email ?? string.Empty, user.RegisteredAt, profile?.DisplayName, profile?.Phone, profile?.School),
            [.. people.Select(p => new PersonData(p.Person.Id, p.Relationship, p.Person.Name, p.Person.ProfileCode, p.Person.BirthDate, p.Person.Email,
                p.Person.Phone, p.Person.NameConsentAt))],
            bySeason,
            invoiceViews));
    }

    /// <summary>The account's own person and its children (accepted guardian links): the people whose data it holds and manages.</summary>
    internal static async Task<List<(Person Person, string Relationship)>> ManagedPeopleAsync(FestivalDbContext db, string userId, CancellationToken cancellationToken)
    {
        var self = await db.People.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (self is null)
        {
            return [];
        }

        var children = await (
                from l in db.PersonLinks
                join p in db.People on l.OtherPersonId equals p.Id
                where l.PersonId == self.Id && l.Kind == PersonLinkKind.Guardian && l.Status == PersonLinkStatus.Accepted
                orderby p.Name
                select p)
            .ToListAsync(cancellationToken);
        return [(self, "Myself"), .. children.Select(c => (c, "Child"))];
    }
}
