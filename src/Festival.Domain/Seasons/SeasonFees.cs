namespace Festival.Domain.Seasons;

/// <summary>Who a season's registration fee is charged for.</summary>
public enum RegistrationFeeBasis
{
    /// <summary>Once for every person (or group) performing in the payer's entries.</summary>
    PerParticipant,

    /// <summary>Once per payer (the account that submits and pays: a family, a teacher, a school).</summary>
    PerPayer,
}

/// <summary>How a family's n-th and later entries are discounted.</summary>
public enum EntryDiscountKind
{
    None,

    /// <summary><see cref="SeasonFees.DiscountValue"/> percent of the class fee.</summary>
    Percent,

    /// <summary><see cref="SeasonFees.DiscountValue"/> cents off the class fee (never more than the fee).</summary>
    Amount,
}

/// <summary>
/// A season's fee settings beyond the class fees: a registration fee charged once per season on the payer's invoice, and a
/// discount on the payer's <see cref="DiscountFromEntry"/>-th and later entries.
/// </summary>
public sealed record SeasonFees(
    long RegistrationFeeCents, RegistrationFeeBasis RegistrationBasis, EntryDiscountKind DiscountKind, long DiscountValue, int DiscountFromEntry)
{
    public const long MaxCents = 1_000_000;

    public static readonly SeasonFees None = new(0, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.None, 0, 0);

    /// <summary>What is wrong with these settings, as (field, message) pairs; empty when they can be kept.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (RegistrationFeeCents is < 0 or > MaxCents)
        {
            problems.Add((nameof(RegistrationFeeCents), "The registration fee is an amount from 0 to 10,000.00."));
        }

        if (!Enum.IsDefined(RegistrationBasis))
        {
            problems.Add((nameof(RegistrationBasis), "The registration fee is per participant or per payer."));
        }

        switch (DiscountKind)
        {
            case EntryDiscountKind.None:
                break;
            case EntryDiscountKind.Percent when DiscountValue is < 1 or > 100:
                problems.Add((nameof(DiscountValue), "A percentage discount is from 1 to 100 percent."));
                break;
            case EntryDiscountKind.Amount when DiscountValue is < 1 or > MaxCents:
                problems.Add((nameof(DiscountValue), "A discount amount is more than 0 and at most 10,000.00."));
                break;
            case EntryDiscountKind.Percent or EntryDiscountKind.Amount:
                break;
            default:
                problems.Add((nameof(DiscountKind), "The discount is None, Percent or Amount."));
                break;
        }

        if (DiscountKind is EntryDiscountKind.Percent or EntryDiscountKind.Amount && DiscountFromEntry is < 1 or > 100)
        {
            problems.Add((nameof(DiscountFromEntry), "Say from which entry the discount applies: 1 to 100 (e.g. 3 for the third and later entries)."));
        }

        return problems;
    }

    /// <summary>The discount on an entry with class fee <paramref name="feeCents"/> at <paramref name="position"/> (1-based) of the payer's entries.</summary>
    public long DiscountFor(int position, long feeCents) =>
        DiscountKind == EntryDiscountKind.None || position < DiscountFromEntry || feeCents <= 0 ? 0
        : DiscountKind == EntryDiscountKind.Percent ? (feeCents * DiscountValue + 50) / 100
        : Math.Min(DiscountValue, feeCents);
}
