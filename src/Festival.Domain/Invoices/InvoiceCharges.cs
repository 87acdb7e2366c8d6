using Festival.Domain.Seasons;

namespace Festival.Domain.Invoices;

/// <summary>One of a payer's entries as the fee rules see it: its fees, when it was submitted, who performs (people or a group).</summary>
public sealed record ChargeableEntry(int EntryId, long FeeCents, long SurchargeCents, DateTimeOffset SubmittedAt, IReadOnlyList<int> PersonIds, int? GroupId = null);

/// <summary>What one entry costs on the invoice: its class fee and surcharge less its n-th entry discount.</summary>
/// <param name="Position">1 for the payer's first entry of the season (by submission), 2 for the next…</param>
public sealed record EntryCharge(int EntryId, int Position, long FeeCents, long SurchargeCents, long DiscountCents)
{
    public long TotalCents => FeeCents + SurchargeCents - DiscountCents;
}

/// <summary>A registration fee line: for a person (<paramref name="PersonId"/>), a group, or the payer (both null).</summary>
public sealed record RegistrationCharge(int? PersonId, int? GroupId, long AmountCents);

/// <summary>
/// Everything a payer is charged for a season. The one place the fee rules are applied: invoices, payments, the lock on paid
/// entries, credit notes and the fees report all read their totals from here.
/// </summary>
public sealed record InvoiceCharges(IReadOnlyList<EntryCharge> Entries, IReadOnlyList<RegistrationCharge> Registrations)
{
    public long EntryFeesCents => Entries.Sum(e => e.FeeCents + e.SurchargeCents);

    public long DiscountCents => Entries.Sum(e => e.DiscountCents);

    public long RegistrationCents => Registrations.Sum(r => r.AmountCents);

    public long TotalCents => EntryFeesCents - DiscountCents + RegistrationCents;

    public EntryCharge? For(int entryId) => Entries.FirstOrDefault(e => e.EntryId == entryId);

    /// <summary>
    /// Applies <paramref name="fees"/> to a payer's entries of a season (withdrawn entries are gone, so they neither cost nor
    /// count). Entries are numbered in submission order (time, then id, so one basket keeps the order it was written in);
    /// the discount applies from the n-th on, to the class fee only, never to a late surcharge. Withdrawing an early entry
    /// moves later ones up: the discount follows the position, not the entry. The registration fee is charged once per
    /// person or group performing (or once per payer) as long as the payer has an entry.
    /// </summary>
    public static InvoiceCharges Compute(SeasonFees fees, IEnumerable<ChargeableEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.SubmittedAt).ThenBy(e => e.EntryId).ToList();
        var charges = ordered.Select((e, i) => new EntryCharge(e.EntryId, i + 1, e.FeeCents, e.SurchargeCents, fees.DiscountFor(i + 1, e.FeeCents))).ToList();
        var registrations = new List<RegistrationCharge>();
        if (fees.RegistrationFeeCents > 0 && ordered.Count > 0)
        {
            if (fees.RegistrationBasis == RegistrationFeeBasis.PerPayer)
            {
                registrations.Add(new RegistrationCharge(null, null, fees.RegistrationFeeCents));
            }
            else
            {
                // In order of first appearance, so the lines read like the entries.
                var seen = new HashSet<(int?, int?)>();
                foreach (var entry in ordered)
                {
                    IEnumerable<(int?, int?)> who = entry.GroupId is { } g
                        ? [(null, g)]
                        : entry.PersonIds.Select(p => ((int?)p, (int?)null));
                    foreach (var (person, group) in who)
                    {
                        if (seen.Add((person, group)))
                        {
                            registrations.Add(new RegistrationCharge(person, group, fees.RegistrationFeeCents));
                        }
                    }
                }
            }
        }

        return new InvoiceCharges(charges, registrations);
    }
}
