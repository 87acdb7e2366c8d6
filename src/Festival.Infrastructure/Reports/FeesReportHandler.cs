using Festival.Application.Reports.Fees;
using Festival.Application.Seasons;
using Festival.Domain.Invoices;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

/// <summary>
/// The fees report. Discounts depend on each entry's place among its payer's entries, so the charges are worked out by
/// <see cref="InvoiceCharges.Compute"/> (the invoices' own rule) from one projection of the season's invoiced entries, one of
/// its invoices and one of the names involved; then grouped by the kind asked.
/// </summary>
internal sealed class FeesReportHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<FeesReportQuery, Result<FeesReport>>
{
    public async Task<Result<FeesReport>> Handle(FeesReportQuery request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<FeesReport>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        var entries = await db.Entries.AsNoTracking().Where(e => e.SeasonId == season.Id && e.SubmittedByUserId != null)
            .Select(e => new EntryRow(e.Id, e.SubmittedByUserId!, e.FeeCents, e.SurchargeCents, e.CreatedAt, e.GroupId, e.TeacherId,
                e.Participants.OrderBy(p => p.Position).Select(p => p.PersonId).ToList()))
            .ToListAsync(cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.SeasonId == season.Id).ToListAsync(cancellationToken);
        var byPayer = entries.ToLookup(e => e.PayerUserId);
        var charges = invoices.ToDictionary(i => i.PayerUserId, i => InvoiceCharges.Compute(season.Fees,
            byPayer[i.PayerUserId].Select(e => new ChargeableEntry(e.Id, e.FeeCents, e.SurchargeCents, e.SubmittedAt, e.People, e.GroupId))));
        var balances = invoices.Select(i => i.BalanceOf(charges[i.PayerUserId].TotalCents)).ToList();
        var totals = new FeesTotals(
            invoices.Count, charges.Values.Sum(c => c.Entries.Count), Money(charges.Values.Sum(c => c.EntryFeesCents)), Money(charges.Values.Sum(c => c.DiscountCents)),
            Money(charges.Values.Sum(c => c.RegistrationCents)), Money(charges.Values.Sum(c => c.TotalCents)), Money(invoices.Sum(i => i.PaidCents)),
            Money(invoices.Sum(i => i.CreditedCents)), Money(balances.Where(b => b > 0).Sum()), Money(-balances.Where(b => b < 0).Sum()));

        var rows = request.Kind switch
        {
            FeesReportKind.Payers => await PayersAsync(invoices, charges, cancellationToken),
            FeesReportKind.Outstanding => [.. (await PayersAsync(invoices, charges, cancellationToken)).Where(r => r.Balance != 0).OrderByDescending(r => r.Balance)],
            _ => await ByPersonAsync(request.Kind, entries, charges, cancellationToken),
        };
        return Result<FeesReport>.Success(new FeesReport(season.Name, request.Kind, rows, totals));
    }

    private async Task<IReadOnlyList<FeesReportRow>> PayersAsync(
        IReadOnlyList<Invoice> invoices, Dictionary<string, InvoiceCharges> charges, CancellationToken cancellationToken)
    {
        var ids = invoices.Select(i => i.PayerUserId).ToList();
        var payers = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        return [.. invoices.OrderBy(i => i.Number).Select(i =>
        {
            var c = charges[i.PayerUserId];
            var payer = payers.GetValueOrDefault(i.PayerUserId);
            return new FeesReportRow(
                null, payer?.Name ?? payer?.Email ?? i.PayerUserId, payer?.Email, i.Number, c.Entries.Count, Money(c.EntryFeesCents), Money(c.DiscountCents),
                Money(c.RegistrationCents), Money(c.TotalCents), Money(i.PaidCents), Money(i.CreditedCents), Money(i.BalanceOf(c.TotalCents)));
        })];
    }

    /// <summary>Each entry's charge goes to every performer (or its teacher, or its performers' schools, each school once).</summary>
    private async Task<IReadOnlyList<FeesReportRow>> ByPersonAsync(
        FeesReportKind kind, IReadOnlyList<EntryRow> entries, Dictionary<string, InvoiceCharges> charges, CancellationToken cancellationToken)
    {
        var people = entries.SelectMany(e => e.People).Concat(entries.Where(e => e.TeacherId is not null).Select(e => e.TeacherId!.Value)).Distinct().ToList();
        var persons = await db.People.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Email, p.SchoolId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        int[] Owners(EntryRow e) => kind switch
        {
            FeesReportKind.Teachers => e.TeacherId is { } t ? [t] : [],
            FeesReportKind.Schools => [.. e.People.Select(p => persons.GetValueOrDefault(p)?.SchoolId).OfType<int>().Distinct()],
            _ => [.. e.People],
        };

        var sums = new Dictionary<int, (int Entries, long Fees, long Discounts, long Registration)>();
        foreach (var entry in entries)
        {
            if (!charges.TryGetValue(entry.PayerUserId, out var invoice) || invoice.For(entry.Id) is not { } charge)
            {
                continue;
            }

            foreach (var owner in Owners(entry))
            {
                var sum = sums.GetValueOrDefault(owner);
                sums[owner] = (sum.Entries + 1, sum.Fees + charge.FeeCents + charge.SurchargeCents, sum.Discounts + charge.DiscountCents, sum.Registration);
            }
        }

        // Registration fees charged per participant belong to that participant, and to their school.
        if (kind is FeesReportKind.Participants or FeesReportKind.Schools)
        {
            foreach (var registration in charges.Values.SelectMany(c => c.Registrations).Where(r => r.PersonId is not null))
            {
                var owner = kind == FeesReportKind.Participants ? registration.PersonId : persons.GetValueOrDefault(registration.PersonId!.Value)?.SchoolId;
                if (owner is { } id)
                {
                    var sum = sums.GetValueOrDefault(id);
                    sums[id] = (sum.Entries, sum.Fees, sum.Discounts, sum.Registration + registration.AmountCents);
                }
            }
        }

        return [.. sums.Select(s =>
            {
                var name = kind == FeesReportKind.Schools ? schools.GetValueOrDefault(s.Key, "?") : persons.GetValueOrDefault(s.Key)?.Name ?? "?";
                var email = kind == FeesReportKind.Schools ? null : persons.GetValueOrDefault(s.Key)?.Email;
                var (count, fees, discounts, registration) = s.Value;
                return new FeesReportRow(s.Key, name, email, null, count, Money(fees), Money(discounts), Money(registration), Money(fees - discounts + registration), null, null, null);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id)];
    }

    private static decimal Money(long cents) => cents / 100m;

    private sealed record EntryRow(int Id, string PayerUserId, long FeeCents, long SurchargeCents, DateTimeOffset SubmittedAt, int? GroupId, int? TeacherId, List<int> People);
}
