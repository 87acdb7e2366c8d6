using Festival.Application.Reminders;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Jobs;

internal sealed class ReminderStore(FestivalDbContext db) : IReminders
{
    public async Task<IReadOnlyList<BasketReminder>> UnsubmittedBasketsAsync(int seasonId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAt == null && u.Email != null)
            .Select(u => new
            {
                u.Id,
                u.Email,
                Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault(),
                Items = db.BasketItems.Count(b => b.UserId == u.Id && b.SeasonId == seasonId),
            })
            .Where(u => u.Items > 0)
            .OrderBy(u => u.Id)
            .Select(u => new BasketReminder(u.Id, u.Email!, u.Name, u.Items))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BalanceReminder>> BalancesAsync(int seasonId, CancellationToken cancellationToken)
    {
        // Totals and payments summed in SQL per invoice; the few rows with a balance come back.
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.SeasonId == seasonId)
            .Join(db.Users.Where(u => u.DeactivatedAt == null && u.Email != null), i => i.PayerUserId, u => u.Id, (i, u) => new
            {
                u.Id,
                u.Email,
                Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault(),
                i.Number,
                Total = db.Entries.Where(e => e.SeasonId == seasonId && e.SubmittedByUserId == u.Id).Sum(e => (long?)(e.FeeCents + e.SurchargeCents)) ?? 0,
                Paid = i.Payments.Sum(p => (long?)p.AmountCents) ?? 0,
            })
            .Where(r => r.Total > r.Paid)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BalanceReminder(r.Id, r.Email!, r.Name, r.Number, r.Total - r.Paid))];
    }
}
