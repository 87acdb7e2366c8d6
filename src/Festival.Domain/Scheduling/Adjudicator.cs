namespace Festival.Domain.Scheduling;

/// <summary>
/// A person adjudicating in one season: the disciplines they adjudicate and the days they are available (none listed:
/// every day). The same person is at most one adjudicator per season.
/// </summary>
public sealed class Adjudicator
{
    private Adjudicator()
    {
    }

    public Adjudicator(int seasonId, int personId, IEnumerable<string> disciplines, IEnumerable<DateOnly> availableDays, DateTimeOffset createdAt)
    {
        SeasonId = seasonId;
        PersonId = personId;
        Edit(disciplines, availableDays);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>Stored form of <see cref="Disciplines"/>.</summary>
    public string DisciplineList { get; private set; } = string.Empty;

    public IReadOnlyList<string> Disciplines => Scheduling.Disciplines.Parse(DisciplineList);

    /// <summary>Stored form of <see cref="AvailableDays"/>: ISO dates separated by <c>|</c>, empty for every day.</summary>
    public string AvailableDayList { get; private set; } = string.Empty;

    /// <summary>The days this adjudicator can sit; empty means every day.</summary>
    public IReadOnlyList<DateOnly> AvailableDays =>
        string.IsNullOrEmpty(AvailableDayList)
            ? []
            : AvailableDayList.Split(Scheduling.Disciplines.Separator).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsAvailableOn(DateOnly day) => AvailableDayList.Length == 0 || AvailableDays.Contains(day);

    public void Edit(IEnumerable<string> disciplines, IEnumerable<DateOnly> availableDays)
    {
        ArgumentNullException.ThrowIfNull(availableDays);
        DisciplineList = Scheduling.Disciplines.Join(disciplines);
        AvailableDayList = string.Join(
            Scheduling.Disciplines.Separator,
            availableDays.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
