namespace Festival.Domain.Scheduling;

/// <summary>
/// Counts, for each owner (a person, a school), how many units it has on each day, and keeps
/// <see cref="ExtraDays"/> = Σ (days used − 1) over owners up to date on every change.
/// </summary>
internal sealed class DayCounter(int owners)
{
    private readonly List<(int Day, int Count)>?[] _days = new List<(int Day, int Count)>?[owners];

    public int ExtraDays { get; private set; }

    public int DaysOf(int owner) => _days[owner]?.Count ?? 0;

    public void Add(int owner, int day, int count = 1)
    {
        var days = _days[owner] ??= [];
        var i = days.FindIndex(d => d.Day == day);
        if (i >= 0)
        {
            days[i] = (day, days[i].Count + count);
            return;
        }

        days.Add((day, count));
        if (days.Count > 1)
        {
            ExtraDays++;
        }
    }

    public void Remove(int owner, int day, int count = 1)
    {
        var days = _days[owner]!;
        var i = days.FindIndex(d => d.Day == day);
        if (days[i].Count > count)
        {
            days[i] = (day, days[i].Count - count);
            return;
        }

        days.RemoveAt(i);
        if (days.Count > 0)
        {
            ExtraDays--;
        }
    }
}
