namespace Festival.Domain.Seasons;

/// <summary>
/// One festival year: its dates, the date ages are counted on, and when entries open and close. Many seasons live in one
/// database and one is current; past seasons stay readable. The festival's own settings live here rather than in code,
/// so that hosting several festivals later is a change of scope.
/// </summary>
public sealed class Season
{
    public const int MaxNameLength = 64;
    public const int MaxFestivalNameLength = 200;

    private Season()
    {
    }

    public Season(string name, string festivalName, DateOnly ageDate, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(festivalName);
        Name = name.Trim();
        FestivalName = festivalName.Trim();
        AgeDate = ageDate;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    /// <summary>How people call the season, e.g. "2027". Unique.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The festival's name as printed on programmes, invoices and certificates.</summary>
    public string FestivalName { get; private set; } = string.Empty;

    /// <summary>Ages for class limits are counted on this date (festivals commonly use 1 January or the first festival day).</summary>
    public DateOnly AgeDate { get; private set; }

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public DateTimeOffset? EntriesOpenAt { get; private set; }

    public DateTimeOffset? EntriesCloseAt { get; private set; }

    public bool IsCurrent { get; private set; }

    /// <summary>The end of the late window staff opened after <see cref="EntriesCloseAt"/>, if any.</summary>
    public DateTimeOffset? LateWindowClosesAt { get; private set; }

    /// <summary>What an entry submitted in the late window costs on top of its class fee, in cents.</summary>
    public long LateSurchargeCents { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Charged once per season on a payer's invoice (see <see cref="RegistrationFeeBasis"/>), in cents; 0 for none.</summary>
    public long RegistrationFeeCents { get; private set; }

    public RegistrationFeeBasis RegistrationFeeBasis { get; private set; }

    public EntryDiscountKind EntryDiscountKind { get; private set; }

    /// <summary>A percentage (1–100) or an amount in cents, as <see cref="EntryDiscountKind"/> says.</summary>
    public long EntryDiscountValue { get; private set; }

    /// <summary>The discount applies to a payer's entries from this one on, counted in submission order (3: the third and later).</summary>
    public int EntryDiscountFrom { get; private set; }

    public SeasonFees Fees => new(RegistrationFeeCents, RegistrationFeeBasis, EntryDiscountKind, EntryDiscountValue, EntryDiscountFrom);

    /// <summary>Replaces the fee settings; they must be valid (<see cref="SeasonFees.Problems"/>).</summary>
    public void SetFees(SeasonFees fees)
    {
        ArgumentNullException.ThrowIfNull(fees);
        if (fees.Problems().Count > 0)
        {
            throw new ArgumentException(fees.Problems()[0].Message, nameof(fees));
        }

        RegistrationFeeCents = fees.RegistrationFeeCents;
        RegistrationFeeBasis = fees.RegistrationBasis;
        EntryDiscountKind = fees.DiscountKind;
        EntryDiscountValue = fees.DiscountKind == EntryDiscountKind.None ? 0 : fees.DiscountValue;
        EntryDiscountFrom = fees.DiscountKind == EntryDiscountKind.None ? 0 : fees.DiscountFromEntry;
    }

    public void MakeCurrent() => IsCurrent = true;

    public void Retire() => IsCurrent = false;

    public void SetDates(DateOnly? startsOn, DateOnly? endsOn, DateTimeOffset? entriesOpenAt, DateTimeOffset? entriesCloseAt)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
        EntriesOpenAt = entriesOpenAt;
        EntriesCloseAt = entriesCloseAt;
    }

    /// <summary>Opens (or moves) the late window: entries are taken again until <paramref name="closesAt"/>, each with the surcharge.</summary>
    public void OpenLateWindow(DateTimeOffset closesAt, long surchargeCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(surchargeCents);
        LateWindowClosesAt = closesAt;
        LateSurchargeCents = surchargeCents;
    }

    /// <summary>Ends the late window at <paramref name="at"/>: from then only staff change entries. The surcharge stays on entries made in it.</summary>
    public void CloseLateWindow(DateTimeOffset at) => LateWindowClosesAt = at;

    /// <summary>Whether families may submit and change entries at <paramref name="now"/>, and at what surcharge.</summary>
    public EntryWindow WindowAt(DateTimeOffset now) =>
        EntriesOpenAt is { } open && now < open ? EntryWindow.NotYetOpen
        : EntriesCloseAt is not { } close || now < close ? EntryWindow.Open
        : LateWindowClosesAt is { } late && now < late ? EntryWindow.Late
        : EntryWindow.Closed;

    /// <summary>A person's age in whole years on <see cref="AgeDate"/>.</summary>
    public int AgeOn(DateOnly birthDate) => Ages.On(birthDate, AgeDate);
}
