using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Domain.Entries;
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
        var fees = await FeesAsync(seasonId, cancellationToken);
        var rows = await Chargeable(db.Entries.Where(e => e.SeasonId == seasonId && e.SubmittedByUserId == payerUserId)).ToListAsync(cancellationToken);
        return InvoiceCharges.Compute(fees, rows.Select(r => r.Entry));
    }

    public async Task<long> TotalAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        (await ChargesAsync(seasonId, payerUserId, cancellationToken)).TotalCents;

    public async Task<IReadOnlyList<InvoiceStanding>> StandingsAsync(int seasonId, CancellationToken cancellationToken)
    {
        // Three queries for the whole season, not one set per payer.
        var fees = await FeesAsync(seasonId, cancellationToken);
        var byPayer = (await Chargeable(db.Entries.Where(e => e.SeasonId == seasonId && e.SubmittedByUserId != null)).ToListAsync(cancellationToken))
            .ToLookup(r => r.PayerUserId, r => r.Entry);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.SeasonId == seasonId).OrderBy(i => i.Number).ToListAsync(cancellationToken);
        return [.. invoices.Select(i =>
        {
            var total = InvoiceCharges.Compute(fees, byPayer[i.PayerUserId]).TotalCents;
            return new InvoiceStanding(i.Number, i.PayerUserId, total, i.PaidCents, i.CreditedCents, i.BalanceOf(total), i.IsPaid(total));
        })];
    }

    private Task<SeasonFees> FeesAsync(int seasonId, CancellationToken cancellationToken) =>
        db.Seasons.AsNoTracking().Where(s => s.Id == seasonId)
            .Select(s => new SeasonFees(s.RegistrationFeeCents, s.RegistrationFeeBasis, s.EntryDiscountKind, s.EntryDiscountValue, s.EntryDiscountFrom))
            .SingleAsync(cancellationToken);

    /// <summary>Entries as the charge rule reads them, with their payer.</summary>
    private static IQueryable<ChargeRow> Chargeable(IQueryable<Entry> entries) =>
        entries.AsNoTracking().Select(e => new ChargeRow
        {
            PayerUserId = e.SubmittedByUserId,
            Id = e.Id,
            FeeCents = e.FeeCents,
            SurchargeCents = e.SurchargeCents,
            SubmittedAt = e.CreatedAt,
            GroupId = e.GroupId,
            People = e.Participants.OrderBy(p => p.Position).Select(p => p.PersonId).ToList(),
        });

    private sealed class ChargeRow
    {
        public string? PayerUserId { get; init; }

        public int Id { get; init; }

        public long FeeCents { get; init; }

        public long SurchargeCents { get; init; }

        public DateTimeOffset SubmittedAt { get; init; }

        public int? GroupId { get; init; }

        public List<int> People { get; init; } = [];

        public ChargeableEntry Entry => new(Id, FeeCents, SurchargeCents, SubmittedAt, People, GroupId);
    }

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
