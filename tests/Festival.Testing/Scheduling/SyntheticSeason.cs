using Festival.Domain.Scheduling;

namespace Festival.Testing.Scheduling;

/// <summary>
/// A made-up season shaped like a real one, for the scheduler's tests and benchmark: classes in five disciplines and
/// ten levels, participants entering several classes, sibling duets, school choirs whose members also sing and play
/// solo, teachers who conduct and accompany, accompanists with dozens of entries, adjudicators who also teach, two
/// venues, three sessions a day per room with breaks. The same arguments always give the same season.
/// </summary>
public sealed class SyntheticSeason
{
    private static readonly string[] Disciplines = ["Vocal", "Piano", "Strings", "Winds", "Choral"];
    private static readonly double[] ClassShare = [0.20, 0.40, 0.20, 0.12, 0.08];

    private static readonly string[][] RoomDisciplines =
    [
        ["Piano", "Vocal", "Strings"],
        ["Piano", "Strings", "Winds"],
        ["Vocal", "Choral", "Winds"],
        ["Piano", "Vocal"],
        ["Choral", "Vocal", "Strings", "Winds"],
        ["Piano", "Strings", "Winds"],
    ];

    private static readonly string[][] Panels = [["Piano"], ["Vocal", "Choral"], ["Strings", "Winds"], ["Piano", "Vocal", "Strings"]];

    private readonly Random _random;
    private readonly List<Participant> _participants = [];
    private readonly List<Guid> _teachers = [];
    private readonly HashSet<Guid> _adjudicators = [];
    private readonly List<Guid> _accompanists = [];
    private readonly Dictionary<Guid, Guid> _teacherAccompanist = [];
    private readonly List<Guid> _schools = [];
    private readonly List<Group> _groups = [];
    private readonly Dictionary<Guid, int> _entered = [];

    private SyntheticSeason(int seed) => _random = new Random(seed);

    public static ScheduleProblem Create(int entries = 10_000, int classes = 700, int people = 5_000, int rooms = 6, int days = 8, int seed = 1) =>
        new SyntheticSeason(seed).Build(entries, classes, people, rooms, days);

    private ScheduleProblem Build(int entryCount, int classCount, int people, int rooms, int days)
    {
        var adjudicatorCount = Math.Max(rooms + 3, people * 6 / 1000);
        var accompanistCount = Math.Max(2, people * 30 / 1000);
        var teacherCount = Math.Max(5, people * 7 / 100);
        var participantCount = people - adjudicatorCount - accompanistCount - teacherCount;
        _schools.AddRange(Enumerable.Range(0, Math.Max(2, participantCount / 110)).Select(_ => Id()));
        _accompanists.AddRange(Enumerable.Range(0, accompanistCount).Select(_ => Id()));
        var adjudicators = Enumerable.Range(0, adjudicatorCount)
            .Select(i => new SessionAdjudicator(Id(), Panels[i % Panels.Length], Available(days)))
            .ToList();
        // A third of the adjudicators also teach (they neither accompany nor conduct): their pupils' classes must go to
        // other sessions.
        _adjudicators.UnionWith(adjudicators.Select(a => a.PersonId));
        _teachers.AddRange(adjudicators.Where((_, i) => i % 3 == 0).Select(a => a.PersonId));
        while (_teachers.Count < teacherCount)
        {
            _teachers.Add(Id());
        }

        for (var t = 0; t < _teachers.Count; t++)
        {
            _teacherAccompanist[_teachers[t]] = _accompanists[t % _accompanists.Count];
        }

        CreateParticipants(participantCount);
        CreateGroups();
        var classesToSchedule = CreateClasses(entryCount, classCount);
        var sessions = CreateSessions(rooms, days, adjudicators);
        return new ScheduleProblem(classesToSchedule, sessions, [], ChangeoverRules.Default, SoftGoalWeights.Default);
    }

    private void CreateParticipants(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Siblings: a third of the participants share a family with the one before.
            var family = i > 0 && _random.Next(3) == 0 ? _participants[^1].Family : Id();
            var disciplines = new List<int> { Pick(ClassShare[..4]) };
            if (_random.Next(3) == 0)
            {
                disciplines.Add(Pick(ClassShare[..4]));
            }

            _participants.Add(new Participant(
                Id(),
                family,
                _random.Next(1, 11),
                _schools[_random.Next(_schools.Count)],
                [.. disciplines.Distinct()],
                _teachers[_random.Next(_teachers.Count)]));
        }
    }

    private void CreateGroups()
    {
        foreach (var school in _schools)
        {
            var pupils = _participants.Where(p => p.School == school).ToArray();
            for (var g = 0; g < 2 + _random.Next(2) && pupils.Length > 0; g++)
            {
                var size = Math.Min(pupils.Length, 12 + _random.Next(19));
                var members = pupils.OrderBy(_ => _random.Next()).Take(size).Select(p => p.Id).ToArray();
                var conductors = _teachers.Where(t => !_adjudicators.Contains(t)).ToArray();
                _groups.Add(new Group(Id(), school, members, conductors[_random.Next(conductors.Length)], pupils.Min(p => p.Level) + g * 3));
            }
        }
    }

    private List<ClassToSchedule> CreateClasses(int entryCount, int classCount)
    {
        // Three very large classes (longer than a session, so they are split); choirs enter few classes each.
        var disciplines = Enumerable.Range(0, classCount).Select(c => c < 3 ? 1 : Pick(ClassShare)).ToArray();
        var weights = Enumerable.Range(0, classCount).Select(i => (i < 3 ? 12.0 : 1.0) * (0.3 + _random.NextDouble() * 1.4)).ToArray();
        var sizes = new int[classCount];
        var solo = new List<int>();
        for (var c = 0; c < classCount; c++)
        {
            sizes[c] = disciplines[c] == 4 ? 2 + _random.Next(4) : 0;
            if (disciplines[c] != 4)
            {
                solo.Add(c);
            }
        }

        var soloEntries = entryCount - sizes.Sum();
        var soloWeight = solo.Sum(c => weights[c]);
        foreach (var c in solo)
        {
            sizes[c] = Math.Max(1, (int)(weights[c] / soloWeight * soloEntries));
        }

        for (var i = 0; sizes.Sum() < entryCount; i = (i + 1) % solo.Count)
        {
            sizes[solo[i]]++;
        }

        var classes = new List<ClassToSchedule>();
        var numbers = new int[Disciplines.Length];
        for (var c = 0; c < classCount; c++)
        {
            var discipline = disciplines[c];
            var level = _random.Next(1, 11);
            var code = $"{(discipline + 1) * 1000 + 100 + numbers[discipline]++}{(_random.Next(5) == 0 ? "A" : string.Empty)}";
            var entries = discipline == 4 ? GroupEntries(sizes[c], level) : SoloEntries(sizes[c], discipline, level);
            classes.Add(new ClassToSchedule(Id(), code, Disciplines[discipline], level, TimeSpan.FromMinutes(3), entries));
        }

        return classes;
    }

    private List<EntryToSchedule> SoloEntries(int count, int discipline, int level)
    {
        var pool = _participants.Where(p => p.Disciplines.Contains(discipline) && Math.Abs(p.Level - level) <= 2).ToArray();
        if (pool.Length == 0)
        {
            pool = [.. _participants.Where(p => p.Disciplines.Contains(discipline))];
        }

        var accompanied = discipline is 0 or 2 or 3;
        var entries = new List<EntryToSchedule>();
        var taken = new HashSet<Guid>();
        for (var i = 0; i < count; i++)
        {
            // Of two candidates, the one with fewer entries so far: most participants enter a few classes, some many.
            var (one, other) = (pool[_random.Next(pool.Length)], pool[_random.Next(pool.Length)]);
            var performer = _entered.GetValueOrDefault(one.Id) <= _entered.GetValueOrDefault(other.Id) ? one : other;
            var performers = new List<Participant> { performer };
            // Sibling duets: a tenth of piano and strings entries are the performer with the sibling before them.
            var sibling = _participants.Find(p => p.Family == performer.Family && p.Id != performer.Id);
            if (discipline is 1 or 2 && sibling is not null && _random.Next(10) == 0)
            {
                performers.Add(sibling);
            }

            if (!taken.Add(performer.Id))
            {
                performers[0] = _participants[_random.Next(_participants.Count)];
                taken.Add(performers[0].Id);
            }

            foreach (var entered in performers)
            {
                _entered[entered.Id] = _entered.GetValueOrDefault(entered.Id) + 1;
            }

            var teacher = performers[0].Teacher;
            Guid[] accompanists = !accompanied ? [] : _random.Next(5) == 0 && !_adjudicators.Contains(teacher) ? [teacher] : [_teacherAccompanist[teacher]];
            var repertoire = 0.5 + level * 0.08 + _random.NextDouble() * 0.5;
            entries.Add(new EntryToSchedule(
                Id(),
                TimeSpan.FromMinutes(repertoire + 0.25),
                [.. performers.Select(p => p.Id).Distinct()],
                accompanists,
                [],
                [.. performers.Select(p => p.Teacher).Distinct()]));
        }

        return entries;
    }

    private List<EntryToSchedule> GroupEntries(int count, int level)
    {
        var groups = _groups.OrderBy(g => Math.Abs(g.Level - level)).ThenBy(_ => _random.Next()).Take(count * 3).OrderBy(_ => _random.Next()).Take(count).ToArray();
        return [.. groups.Select(g => new EntryToSchedule(
            Id(),
            TimeSpan.FromMinutes(3 + _random.NextDouble() * 2 + 2),
            g.Members,
            [],
            [g.Conductor],
            [g.Conductor],
            g.School))];
    }

    private List<SessionSlot> CreateSessions(int rooms, int days, List<SessionAdjudicator> adjudicators)
    {
        var venues = new[] { Id(), Id() };
        var roomIds = Enumerable.Range(0, rooms).Select(_ => Id()).ToArray();
        var firstDay = new DateOnly(2027, 3, 6);
        var sessions = new List<SessionSlot>();
        var covered = Disciplines.ToDictionary(d => d, _ => 0);
        var hours = new (int From, int To, int? Break)[] { (9 * 60, 12 * 60 + 30, 10 * 60 + 30), (13 * 60 + 30, 17 * 60, 15 * 60), (18 * 60, 21 * 60, null) };
        for (var d = 0; d < days; d++)
        {
            var date = firstDay.AddDays(d);
            var busy = new HashSet<Guid>();
            for (var r = 0; r < rooms; r++)
            {
                var suits = RoomDisciplines[r % RoomDisciplines.Length];
                // Available first, then the one whose disciplines here have been covered least so far.
                var adjudicator = adjudicators
                    .Where(a => !busy.Contains(a.PersonId) && a.Disciplines.Intersect(suits).Any())
                    .OrderBy(a => a.AvailableDays!.Contains(date) ? 0 : 1)
                    .ThenBy(a => a.Disciplines.Intersect(suits).Min(d => covered[d]))
                    .ThenBy(_ => _random.Next())
                    .First();
                busy.Add(adjudicator.PersonId);
                foreach (var discipline in adjudicator.Disciplines.Intersect(suits))
                {
                    covered[discipline]++;
                }

                foreach (var (from, to, pause) in hours)
                {
                    sessions.Add(new SessionSlot(
                        Id(),
                        venues[r * 3 / Math.Max(rooms, 1) >= 2 ? 1 : 0],
                        roomIds[r],
                        suits,
                        date,
                        Time(from),
                        Time(to),
                        pause is { } at ? [new SessionBreak(Time(at), Time(at + 15))] : [],
                        adjudicator));
                }
            }
        }

        return sessions;
    }

    private DateOnly[] Available(int days) =>
        [.. Enumerable.Range(0, days).Where(_ => _random.Next(10) < 7).Select(d => new DateOnly(2027, 3, 6).AddDays(d))];

    private int Pick(double[] shares)
    {
        var x = _random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Length; i++)
        {
            x -= shares[i];
            if (x < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }

    private Guid Id()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static TimeOnly Time(int minutes) => new(minutes / 60, minutes % 60);

    private sealed record Participant(Guid Id, Guid Family, int Level, Guid School, int[] Disciplines, Guid Teacher);

    private sealed record Group(Guid Id, Guid School, Guid[] Members, Guid Conductor, int Level);
}
