namespace Festival.Domain.Scheduling;

/// <summary>
/// The soft goals, kept up to date as units are placed and removed, so the generator can price a move by placing it
/// and reading <see cref="Total"/>. Every sum is kept in whole seconds or counts, so adding and removing a unit restores
/// the exact previous figures and a run is repeatable to the last digit.
/// </summary>
internal sealed class SoftState
{
    private readonly CompiledProblem _problem;
    private readonly SoftGoalWeights _weights;
    private readonly DayCounter _performerDays;
    private readonly DayCounter _schoolDays;
    private readonly Dictionary<(int Person, int Day), List<(long Start, long End)>> _accompanistDays = [];
    private readonly Dictionary<(int Person, int Day), long> _accompanistIdle = [];
    private readonly long[] _sessionUsed;
    private readonly int[] _sessionUnits;
    private long _youngerLate;
    private long _idleSeconds;

    public SoftState(CompiledProblem problem)
    {
        _problem = problem;
        _weights = problem.Source.Weights;
        _performerDays = new DayCounter(problem.PersonCount);
        _schoolDays = new DayCounter(problem.SchoolCount);
        _sessionUsed = new long[problem.Sessions.Length];
        _sessionUnits = new int[problem.Sessions.Length];
    }

    public int SessionsUsed { get; private set; }

    public int UnitsIn(int session) => _sessionUnits[session];

    public int SchoolDays(int school) => _schoolDays.DaysOf(school);

    public double Total => Penalty().Total;

    public void Add(ScheduleUnit unit, int session, long start) => Change(unit, session, start, +1);

    public void Remove(ScheduleUnit unit, int session, long start) => Change(unit, session, start, -1);

    public SoftPenalty Penalty()
    {
        var younger = _youngerLate / 1000.0 / 3600.0;
        var idle = _idleSeconds / 3600.0;
        var deviation = FillDeviation();
        var total = (_weights.YoungerEarlier * younger)
            + (_weights.SchoolGroupsOneDay * _schoolDays.ExtraDays)
            + (_weights.FewerDaysPerParticipant * _performerDays.ExtraDays)
            + (_weights.AccompanistPacked * idle)
            + (_weights.SessionsEven * deviation);
        return new SoftPenalty(younger, _schoolDays.ExtraDays, _performerDays.ExtraDays, idle, deviation, total);
    }

    private void Change(ScheduleUnit unit, int session, long start, int sign)
    {
        var day = _problem.SessionDay[session];
        var lateSeconds = Math.Max(0, start % SessionClock.SecondsPerDay - _problem.DayStart);
        _youngerLate += sign * (1000 - _problem.ClassRank[unit.Class]) * lateSeconds;

        foreach (var performer in unit.Performers)
        {
            if (sign > 0)
            {
                _performerDays.Add(performer, day);
            }
            else
            {
                _performerDays.Remove(performer, day);
            }
        }

        foreach (var (school, entries) in unit.SchoolGroups)
        {
            if (sign > 0)
            {
                _schoolDays.Add(school, day, entries);
            }
            else
            {
                _schoolDays.Remove(school, day, entries);
            }
        }

        foreach (var i in unit.AccompanistIndex)
        {
            var (from, to) = unit.Presence(_problem, i, session, start);
            ChangeAccompanistDay((unit.People[i], day), from, to, sign);
        }

        if (sign > 0 ? _sessionUnits[session]++ == 0 : --_sessionUnits[session] == 0)
        {
            SessionsUsed += sign;
        }

        _sessionUsed[session] += sign * unit.Duration;
    }

    private void ChangeAccompanistDay((int Person, int Day) key, long start, long end, int sign)
    {
        if (!_accompanistDays.TryGetValue(key, out var spans))
        {
            spans = [];
            _accompanistDays.Add(key, spans);
        }

        if (sign > 0)
        {
            spans.Add((start, end));
        }
        else
        {
            spans.Remove((start, end));
        }

        _idleSeconds -= _accompanistIdle.GetValueOrDefault(key);
        var idle = Idle(spans);
        _accompanistIdle[key] = idle;
        _idleSeconds += idle;
    }

    /// <summary>The time between the first start and the last end of the spans that no span covers.</summary>
    private static long Idle(List<(long Start, long End)> spans)
    {
        if (spans.Count < 2)
        {
            return 0;
        }

        var sorted = spans.OrderBy(s => s.Start).ToArray();
        long covered = 0;
        var (from, to) = sorted[0];
        foreach (var (start, end) in sorted.Skip(1))
        {
            if (start > to)
            {
                covered += to - from;
                (from, to) = (start, end);
            }
            else
            {
                to = Math.Max(to, end);
            }
        }

        covered += to - from;
        return to - sorted[0].Start - covered;
    }

    private double FillDeviation()
    {
        if (SessionsUsed == 0)
        {
            return 0;
        }

        double sum = 0;
        double squares = 0;
        for (var s = 0; s < _sessionUsed.Length; s++)
        {
            if (_sessionUnits[s] > 0)
            {
                var fill = (double)_sessionUsed[s] / Math.Max(1, _problem.SessionCapacity[s]);
                sum += fill;
                squares += fill * fill;
            }
        }

        return Math.Max(0, squares - sum * sum / SessionsUsed);
    }
}
