using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Domain.Invoices;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Entries;

internal sealed class InvoiceStore(FestivalDbContext db, IOnlineEntries entries) : IInvoices
{
    public Task<Invoice?> FindAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        db.Invoices.SingleOrDefaultAsync(i => i.SeasonId == seasonId && i.PayerUserId == payerUserId, cancellationToken);

    public Task<Invoice?> FindByNumberAsync(int seasonId, int number, CancellationToken cancellationToken) =>
        db.Invoices.SingleOrDefaultAsync(i => i.SeasonId == seasonId && i.Number == number, cancellationToken);

    public async Task<int> TakeNumberAsync(int seasonId, CancellationToken cancellationToken)
    {
        var counter = await db.InvoiceCounters.SingleOrDefaultAsync(c => c.SeasonId == seasonId, cancellationToken);
        if (counter is null)
        {
            counter = new InvoiceCounter(seasonId);
            db.InvoiceCounters.Add(counter);
        }

        var number = counter.Take();
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
        var ids = await db.Entries.Where(e => e.SeasonId == invoice.SeasonId && e.SubmittedByUserId == invoice.PayerUserId).Select(e => e.Id).ToListAsync(cancellationToken);
        return new InvoiceView(
            invoice.Id, invoice.Number, season.Name, season.FestivalName, payer.Email ?? string.Empty, payer.Name, invoice.IssuedAt,
            await entries.DescribeAsync(ids, cancellationToken),
            [.. invoice.Payments.OrderBy(p => p.Id).Select(p => new PaymentLine(p.AmountCents, p.Method, p.Reference, p.ReceivedOn))]);
    }

    public async Task<long> TotalAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        await db.Entries.Where(e => e.SeasonId == seasonId && e.SubmittedByUserId == payerUserId).SumAsync(e => e.FeeCents + e.SurchargeCents, cancellationToken);
}
