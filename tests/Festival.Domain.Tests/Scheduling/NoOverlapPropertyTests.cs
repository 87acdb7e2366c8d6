namespace Festival.Domain.Tests.Scheduling;

/// <summary>
/// The checker against a brute force: random schedules of random small seasons, and for each one every pair of
/// placements compared person by person with the presence rule written out again from scratch. Whenever the checker
/// finds no person conflict, the brute force must find none either, and the other way round.
/// </summary>
public sealed class NoOverlapPropertyTests
{
    private static readonly ConflictKind[] PersonKinds = [ConflictKind.PersonDoubleBooked, ConflictKind.ChangeoverWithinVenue, ConflictKind.ChangeoverBetweenVenues];

    [Test]
    public void Any_schedule_the_checker_accepts_has_no_person_overlap_and_any_it_rejects_has_one()
    {
        var random = new Random(20270306);
        var (accepted, rejected) = (0, 0);
        for (var trial = 0; trial < 400; trial++)
        {
            var problem = RandomProblem(random);
            var schedule = RandomSchedule(problem, random);

            var checkerClean = !ScheduleChecker.Check(problem, schedule).Blocking.Any(c => PersonKinds.Contains(c.Kind));
            var bruteForceClean = BruteForceClashes(problem, schedule) == 0;

            Assert.That(checkerClean, Is.EqualTo(bruteForceClean), $"trial {trial}");
            (accepted, rejected) = checkerClean ? (accepted + 1, rejected) : (accepted, rejected + 1);
        }

        // The trials must exercise both answers, or the property says nothing.
        Assert.That(accepted, Is.GreaterThan(40));
        Assert.That(rejected, Is.GreaterThan(40));
    }

    [Test]
    public void Generated_schedules_of_random_seasons_pass_the_brute_force()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 30; trial++)
        {
            var problem = RandomProblem(random);

            var schedule = ScheduleGenerator.Generate(problem, new GeneratorOptions(Seed: trial)).Schedule;

            Assert.That(BruteForceClashes(problem, schedule), Is.Zero, $"trial {trial}");
        }
    }

    /// <summary>
    /// Pairs (person, placement, placement) where the person's two presences come closer than the changeover. A performer
    /// or conductor is present for the whole placement; an accompanist who does not perform from the start of their
    /// first entry to the end of their last; an adjudicator for their whole session.
    /// </summary>
    private static int BruteForceClashes(ScheduleProblem problem, Schedule schedule)
    {
        var sessions = problem.Sessions.ToDictionary(s => s.Id);
        var classes = problem.Classes.ToDictionary(c => c.Id);
        var presences = new List<(Guid Person, int Placement, SessionSlot Session, DateTime From, DateTime To)>();
        foreach (var (session, i) in problem.Sessions.Select((s, i) => (s, -1 - i)))
        {
            presences.Add((session.Adjudicator.PersonId, i, session, At(session, session.Start), At(session, session.End)));
        }

        foreach (var (placement, i) in schedule.Placements.Select((p, i) => (p, i)))
        {
            var session = sessions[placement.SessionId];
            var entries = placement.EntryOrder.Select(id => classes[placement.ClassId].Entries.Single(e => e.Id == id)).ToArray();
            var length = entries.Aggregate(classes[placement.ClassId].SummaryTime, (t, e) => t + e.Slot);
            var start = At(session, placement.Start);
            var end = At(session, session.EndOf(placement.Start, length));
            var whole = entries.SelectMany(e => e.Performers.Concat(e.Conductors)).Distinct().ToArray();
            presences.AddRange(whole.Select(person => (person, i, session, start, end)));
            foreach (var accompanist in entries.SelectMany(e => e.Accompanists).Distinct().Except(whole))
            {
                var offset = TimeSpan.Zero;
                var (first, last) = (DateTime.MaxValue, DateTime.MinValue);
                foreach (var entry in entries)
                {
                    if (entry.Accompanists.Contains(accompanist))
                    {
                        first = Min(first, offset == TimeSpan.Zero ? start : At(session, session.EndOf(placement.Start, offset)));
                        last = Max(last, At(session, session.EndOf(placement.Start, offset + entry.Slot)));
                    }

                    offset += entry.Slot;
                }

                presences.Add((accompanist, i, session, first, last));
            }
        }

        var clashes = 0;
        for (var a = 0; a < presences.Count; a++)
        {
            for (var b = a + 1; b < presences.Count; b++)
            {
                var (x, y) = (presences[a], presences[b]);
                if (x.Person != y.Person || x.Placement == y.Placement || (x.Placement < 0 && y.Placement < 0))
                {
                    continue;
                }

                var gap = x.Session.RoomId == y.Session.RoomId ? TimeSpan.Zero
                    : x.Session.VenueId == y.Session.VenueId ? problem.Changeover.WithinVenue
                    : problem.Changeover.BetweenVenues;
                if (x.From < y.To + gap && y.From < x.To + gap)
                {
                    clashes++;
                }
            }
        }

        return clashes;
    }

    /// <summary>2 venues, 3 rooms, 2 days, 2 sessions a day (the morning with a break); 6–10 classes drawing on 12 people.</summary>
    private static ScheduleProblem RandomProblem(Random random)
    {
        var people = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToArray();
        var (hall, church) = (Guid.NewGuid(), Guid.NewGuid());
        var rooms = new[] { (Guid.NewGuid(), hall), (Guid.NewGuid(), hall), (Guid.NewGuid(), church) };
        var sessions = new List<SessionSlot>();
        foreach (var day in new[] { new DateOnly(2027, 3, 6), new DateOnly(2027, 3, 7) })
        {
            foreach (var (room, venue) in rooms)
            {
                var judge = new SessionAdjudicator(random.Next(6) == 0 ? people[random.Next(people.Length)] : Guid.NewGuid(), ["Piano"]);
                sessions.Add(new SessionSlot(Guid.NewGuid(), venue, room, ["Piano"], day, new TimeOnly(9, 0), new TimeOnly(12, 0),
                    [new SessionBreak(new TimeOnly(10, 30), new TimeOnly(10, 45))], judge));
                sessions.Add(new SessionSlot(Guid.NewGuid(), venue, room, ["Piano"], day, new TimeOnly(13, 0), new TimeOnly(15, 0), [], judge));
            }
        }

        var classes = Enumerable.Range(0, random.Next(6, 11)).Select(c => new ClassToSchedule(
            Guid.NewGuid(),
            $"2{c:000}",
            "Piano",
            random.Next(1, 10),
            TimeSpan.FromMinutes(random.Next(0, 6)),
            [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => new EntryToSchedule(
                Guid.NewGuid(),
                TimeSpan.FromMinutes(random.Next(2, 12)),
                [people[random.Next(people.Length)]],
                random.Next(3) == 0 ? [people[random.Next(people.Length)]] : [],
                random.Next(8) == 0 ? [people[random.Next(people.Length)]] : [],
                []))])).ToArray();
        return new ScheduleProblem(classes, sessions, [], new ChangeoverRules(TimeSpan.FromMinutes(random.Next(10, 40)), TimeSpan.FromMinutes(random.Next(0, 15))), SoftGoalWeights.Default);
    }

    /// <summary>Every class in a random session at a random 5-minute start, its entries shuffled.</summary>
    private static Schedule RandomSchedule(ScheduleProblem problem, Random random) =>
        new([.. problem.Classes.Select(c =>
        {
            var session = problem.Sessions[random.Next(problem.Sessions.Count)];
            var start = session.Start.AddMinutes(5 * random.Next(0, (int)(session.End - session.Start).TotalMinutes / 5));
            return new ClassPlacement(c.Id, 1, 1, session.Id, start, [.. c.Entries.Select(e => e.Id).OrderBy(_ => random.Next())]);
        })]);

    private static DateTime At(SessionSlot session, TimeOnly time) => session.Date.ToDateTime(time);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
