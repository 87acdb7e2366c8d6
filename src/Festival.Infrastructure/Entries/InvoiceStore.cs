using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Domain.Invoices;
using Festival.Domain.Seasons;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Entries;

internal sealed class InvoiceStore(FestivalDbContext db, IOnlineEntries entries) : IInvoices
{
    public Task<Invoice?> FindAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        db.Invoices.SingleOrDefaultAsync(i => i.SeasonId == seasonId && i.PayerUserId == payerUserId, cancellationToken);

    public Task<Invoice?> FindByNumberAsync(int seasonId, int number, CancellationToken cancellationToken) =>
        db.Invoices.SingleOrDefaultAsync(i => i.SeasonId == seasonId && i.Number == number, cancellationToken);

    public Task<int> TakeNumberAsync(int seasonId, CancellationToken cancellationToken) => TakeAsync(seasonId, c => c.Take(), cancellationToken);

    public Task<int> TakeCreditNoteNumberAsync(int seasonId, CancellationToken cancellationToken) => TakeAsync(seasonId, c => c.TakeCreditNote(), cancellationToken);

    private async Task<int> TakeAsync(int seasonId, Func<InvoiceCounter, int> take, CancellationToken cancellationToken)
    {
        var counter = await db.InvoiceCounters.SingleOrDefaultAsync(c => c.SeasonId == seasonId, cancellationToken);
        if (counter is null)
        {
            counter = new InvoiceCounter(seasonId);
            db.InvoiceCounters.Add(counter);
        }

        var number = take(counter);
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }

    public async Task AddAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<InvoiceView?> ViewAsync(int invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var season = await db.Seasons.AsNoTracking().SingleAsync(s => s.Id == invoice.SeasonId, cancellationToken);
        var payer = await db.Users.AsNoTracking().Where(u => u.Id == invoice.PayerUserId)
            .Select(u => new { u.Email, Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var charges = await ChargesAsync(invoice.SeasonId, invoice.PayerUserId, cancellationToken);
        var lines = await entries.DescribeAsync([.. charges.Entries.Select(c => c.EntryId)], cancellationToken);
        var codes = lines.ToDictionary(l => l.Id, l => l.ClassCode);
        var names = await NamesAsync(charges.Registrations, cancellationToken);
        return new InvoiceView(
            invoice.Id, invoice.Number, season.Name, season.FestivalName, payer.Email ?? string.Empty, payer.Name, invoice.IssuedAt,
            lines, [.. invoice.Payments.OrderBy(p => p.Id).Select(p => new PaymentLine(p.AmountCents, p.Method, p.Reference, p.ReceivedOn))])
        {
            Discounts = [.. charges.Entries.Where(c => c.DiscountCents > 0)
                .Select(c => new DiscountLine(c.EntryId, codes.GetValueOrDefault(c.EntryId, "?"), c.Position, c.DiscountCents))],
            Registrations = [.. charges.Registrations.Select(r => new RegistrationLine(
                r.PersonId is { } p ? names.People.GetValueOrDefault(p, "?") : r.GroupId is { } g ? names.Groups.GetValueOrDefault(g, "?") : "Payer",
                r.AmountCents))],
            CreditNotes = [.. invoice.CreditNotes.OrderBy(c => c.Number)
                .Select(c => new CreditNoteLine(c.Number, c.EntryId, codes.GetValueOrDefault(c.EntryId, "?"), c.AmountCents, c.Reason, c.IssuedAt))],
        };
    }

    public async Task<InvoiceCharges> ChargesAsync(int seasonId, string payerUserId, CancellationToken cancellationToken)
    {
        var fees = await db.Seasons.AsNoTracking().Where(s => s.Id == seasonId)
            .Select(s => new SeasonFees(s.RegistrationFeeCents, s.RegistrationFeeBasis, s.EntryDiscountKind, s.EntryDiscountValue, s.EntryDiscountFrom))
            .SingleAsync(cancellationToken);
        var rows = await db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId && e.SubmittedByUserId == payerUserId)
            .Select(e => new { e.Id, e.FeeCents, e.SurchargeCents, e.CreatedAt, e.GroupId, People = e.Participants.OrderBy(p => p.Position).Select(p => p.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        return InvoiceCharges.Compute(fees, rows.Select(r => new ChargeableEntry(r.Id, r.FeeCents, r.SurchargeCents, r.CreatedAt, r.People, r.GroupId)));
    }

    public async Task<long> TotalAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        (await ChargesAsync(seasonId, payerUserId, cancellationToken)).TotalCents;

    private async Task<(Dictionary<int, string> People, Dictionary<int, string> Groups)> NamesAsync(
        IReadOnlyList<RegistrationCharge> registrations, CancellationToken cancellationToken)
    {
        var people = registrations.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).ToList();
        var groups = registrations.Where(r => r.GroupId is not null).Select(r => r.GroupId!.Value).ToList();
        var personNames = people.Count == 0
            ? new Dictionary<int, string>()
            : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var groupNames = groups.Count == 0
            ? new Dictionary<int, string>()
            : await db.Groups.AsNoTracking().Where(g => groups.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        return (personNames, groupNames);
    }
}
