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
