using Festival.Application.Invoices;
using Festival.Application.Reminders;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Jobs;

internal sealed class ReminderStore(FestivalDbContext db, IInvoices invoices) : IReminders
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
        // Payments and credit notes are summed in SQL; what is charged (fees, surcharges, registration fees, discounts)
        // comes from the one calculation every invoice uses, so a reminder never asks for another sum than the invoice shows.
        var rows = await db.Invoices.AsNoTracking()
            .Where(i => i.SeasonId == seasonId)
            .Join(db.Users.Where(u => u.DeactivatedAt == null && u.Email != null), i => i.PayerUserId, u => u.Id, (i, u) => new
            {
                u.Id,
                u.Email,
                Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault(),
                i.Number,
                Paid = i.Payments.Sum(p => (long?)p.AmountCents) ?? 0,
                Credited = i.CreditNotes.Sum(c => (long?)c.AmountCents) ?? 0,
            })
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        var reminders = new List<BalanceReminder>();
        foreach (var row in rows)
        {
            var balance = await invoices.TotalAsync(seasonId, row.Id, cancellationToken) - row.Paid - row.Credited;
            if (balance > 0)
            {
                reminders.Add(new BalanceReminder(row.Id, row.Email!, row.Name, row.Number, balance));
            }
        }

        return reminders;
    }
}
