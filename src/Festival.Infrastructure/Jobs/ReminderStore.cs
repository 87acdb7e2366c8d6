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
        // The balance every invoice shows (registration fees, discounts and credit notes included), then who to write to.
        var owing = (await invoices.StandingsAsync(seasonId, cancellationToken)).Where(s => s.BalanceCents > 0).ToList();
        var payerIds = owing.Select(s => s.PayerUserId).ToList();
        var payers = await db.Users.AsNoTracking()
            .Where(u => payerIds.Contains(u.Id) && u.DeactivatedAt == null && u.Email != null)
            .Select(u => new { u.Id, u.Email, Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        return [.. owing.Where(s => payers.ContainsKey(s.PayerUserId))
            .Select(s => new BalanceReminder(s.PayerUserId, payers[s.PayerUserId].Email!, payers[s.PayerUserId].Name, s.Number, s.BalanceCents))];
    }
}
