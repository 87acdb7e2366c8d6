using Festival.Testing.Scheduling;

namespace Festival.Domain.Tests.Scheduling;

public sealed class ScheduleGeneratorTests
{
    private static ScheduleProblem SmallSeason(int seed) =>
        SyntheticSeason.Create(entries: 400, classes: 40, people: 300, rooms: 6, days: 2, seed: seed);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void A_seeded_random_season_is_scheduled_with_no_hard_violation_and_every_class_some_session_may_hold(int seed)
    {
        var problem = SmallSeason(seed);

        var generation = ScheduleGenerator.Generate(problem);
        var check = ScheduleChecker.Check(problem, generation.Schedule);

        Assert.That(generation.Quality.HardViolations, Is.Zero);
        Assert.That(check.Blocking, Is.Empty);
        Assert.That(generation.Quality.Unplaced.Where(u => SomeSessionMayHold(problem, u.ClassId)), Is.Empty);
        Assert.That(generation.Quality.Unplaced, Has.Count.LessThan(problem.Classes.Count / 4), "most classes have a session that may hold them");
    }

    /// <summary>Whether the class alone, at the start of some session, breaks no rule about the room or the adjudicator.</summary>
    private static bool SomeSessionMayHold(ScheduleProblem problem, Guid classId)
    {
        ConflictKind[] unsuitable = [ConflictKind.RoomUnsuited, ConflictKind.AdjudicatorLacksDiscipline, ConflictKind.AdjudicatorUnavailable, ConflictKind.AdjudicatorTeachesParticipant];
        var alone = problem.Classes.Single(c => c.Id == classId);
        return problem.Sessions.Any(session =>
        {
            var placement = new ClassPlacement(classId, 1, 1, session.Id, session.Start, [.. alone.Entries.Select(e => e.Id)]);
            return !ScheduleChecker.Check(problem, new Schedule([placement])).Blocking.Any(c => unsuitable.Contains(c.Kind));
        });
    }

    [Test]
    public void The_same_season_and_seed_give_the_same_schedule()
    {
        var first = ScheduleGenerator.Generate(SmallSeason(7));
        var second = ScheduleGenerator.Generate(SmallSeason(7));

        Assert.That(Describe(second.Schedule), Is.EqualTo(Describe(first.Schedule)));
        Assert.That(second.Quality.Soft, Is.EqualTo(first.Quality.Soft));
    }

    [Test]
    public void The_quality_report_counts_sessions_against_a_lower_bound_and_matches_the_checker()
    {
        var problem = SmallSeason(8);

        var generation = ScheduleGenerator.Generate(problem);
        var quality = generation.Quality;
        var used = generation.Schedule.Placements.Select(p => p.SessionId).Distinct().Count();
        var longest = problem.Sessions.Max(s => s.Capacity);

        Assert.That(quality.SessionsUsed, Is.EqualTo(used));
        Assert.That(quality.SessionsLowerBound, Is.GreaterThanOrEqualTo((int)Math.Ceiling(quality.TotalClassTime / longest)));
        Assert.That(quality.SessionsUsed, Is.GreaterThanOrEqualTo(quality.SessionsLowerBound));
        Assert.That(quality.Soft, Is.EqualTo(ScheduleChecker.Check(problem, generation.Schedule).Soft));
    }

    [Test]
    public void Classes_are_packed_into_sessions_within_a_tenth_of_the_lower_bound_with_no_hard_violation_and_repeatably()
    {
        // A quarter of the benchmark's season on half its rooms and days: every class fits, and without pricing the gaps
        // that people's other classes leave inside sessions the generator used 27 sessions for a bound of 23.
        var problem = SyntheticSeason.Create(entries: 2_500, classes: 175, people: 1_250, rooms: 3, days: 4, seed: 3);

        var generation = ScheduleGenerator.Generate(problem);
        var again = ScheduleGenerator.Generate(problem);

        Assert.That(generation.Quality.Unplaced, Is.Empty);
        Assert.That(generation.Quality.HardViolations, Is.Zero);
        Assert.That(ScheduleChecker.Check(problem, generation.Schedule).HasBlocking, Is.False);
        Assert.That(generation.Quality.SessionsUsed, Is.LessThanOrEqualTo(generation.Quality.SessionsLowerBound * 1.1));
        Assert.That(Describe(again.Schedule), Is.EqualTo(Describe(generation.Schedule)));
    }

    [Test]
    public void Local_search_lowers_the_soft_penalty_of_the_greedy_schedule()
    {
        var problem = SmallSeason(9);

        var greedy = ScheduleGenerator.Generate(problem, new GeneratorOptions(LocalSearchIterations: 0));
        var improved = ScheduleGenerator.Generate(problem);

        Assert.That(improved.Quality.Soft.Total, Is.LessThan(greedy.Quality.Soft.Total));
        Assert.That(improved.Quality.HardViolations, Is.Zero);
    }

    [Test]
    public void A_pinned_class_stays_where_it_was_pinned_and_the_rest_fit_around_it()
    {
        var season = new Season();
        var anna = Guid.NewGuid();
        var pinned = season.AddClass("2105", anna);
        var other = season.AddClass("2106", anna);
        season.Pin(pinned, season.B, new TimeOnly(9, 30));

        var generation = ScheduleGenerator.Generate(season.Problem());
        var placement = generation.Schedule.Placements.Single(p => p.ClassId == pinned.Id);

        Assert.That((placement.SessionId, placement.Start), Is.EqualTo((season.B.Id, new TimeOnly(9, 30))));
        Assert.That(generation.Schedule.Placements.Select(p => p.ClassId), Does.Contain(other.Id));
        Assert.That(ScheduleChecker.Check(season.Problem(), generation.Schedule).HasBlocking, Is.False);
    }

    [Test]
    public void A_pin_that_breaks_a_rule_leaves_the_class_unplaced_with_the_reason()
    {
        var season = new Season();
        var strings = season.AddClass("3105", "Strings", 1, 10, Guid.NewGuid());
        season.Pin(strings, season.A);

        var quality = ScheduleGenerator.Generate(season.Problem()).Quality;

        Assert.That(quality.Unplaced.Select(u => u.Code), Is.EqualTo(new[] { "3105" }));
        Assert.That(quality.Unplaced[0].Reason, Does.StartWith("pinned where it breaks a rule"));
        Assert.That(quality.HardViolations, Is.Zero);
    }

    [Test]
    public void A_class_longer_than_any_session_is_split_into_parts_in_different_sessions()
    {
        var season = new Season();
        // 20 × 10 + 5 minutes, in 3-hour sessions.
        var big = season.AddClass("2105", [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid())]);

        var generation = ScheduleGenerator.Generate(season.Problem());
        var parts = generation.Schedule.Placements.Where(p => p.ClassId == big.Id).OrderBy(p => p.Part).ToArray();

        Assert.That(parts.Select(p => (p.Part, p.PartCount)), Is.EqualTo(new[] { (1, 2), (2, 2) }));
        Assert.That(parts.Select(p => p.SessionId).Distinct().Count(), Is.EqualTo(2));
        Assert.That(parts.SelectMany(p => p.EntryOrder), Is.EquivalentTo(big.Entries.Select(e => e.Id)));
        Assert.That(generation.Quality.SplitClasses, Is.EqualTo(1));
        Assert.That(ScheduleChecker.Check(season.Problem(), generation.Schedule).Conflicts, Is.Empty);
    }

    [Test]
    public void A_class_no_session_may_hold_is_reported_with_the_reason()
    {
        var season = new Season();
        season.AddClass("3105", "Strings", 1, 10, Guid.NewGuid());

        var quality = ScheduleGenerator.Generate(season.Problem()).Quality;

        Assert.That(quality.Unplaced.Single().Reason, Is.EqualTo("no room suits Strings"));
    }

    [Test]
    public void A_class_goes_to_a_session_whose_adjudicator_does_not_teach_its_performers()
    {
        var season = new Season();
        var piano = season.Add(new ClassToSchedule(Guid.NewGuid(), "2105", "Piano", 1, TimeSpan.FromMinutes(5),
            [Season.Entry(10, [Guid.NewGuid()], teachers: [season.A.Adjudicator.PersonId, season.B.Adjudicator.PersonId])]));

        var placement = ScheduleGenerator.Generate(season.Problem()).Schedule.Placements.Single();

        Assert.That(placement.SessionId, Is.EqualTo(season.C.Id));
    }

    [Test]
    public void When_every_adjudicator_teaches_a_performer_the_class_is_unplaced_with_that_reason()
    {
        var season = new Season();
        season.Add(new ClassToSchedule(Guid.NewGuid(), "2105", "Piano", 1, TimeSpan.FromMinutes(5),
            [Season.Entry(10, [Guid.NewGuid()], teachers: [season.A.Adjudicator.PersonId, season.B.Adjudicator.PersonId, season.C.Adjudicator.PersonId])]));

        var quality = ScheduleGenerator.Generate(season.Problem()).Quality;

        Assert.That(quality.Unplaced.Single().Reason, Does.Contain("teaches one of its performers"));
    }

    [Test]
    public void A_person_in_two_classes_is_never_placed_in_both_at_once()
    {
        var season = new Season();
        var anna = Guid.NewGuid();
        var classes = Enumerable.Range(0, 6).Select(i => season.AddClass($"210{i}", anna, Guid.NewGuid())).ToArray();

        var generation = ScheduleGenerator.Generate(season.Problem());

        Assert.That(generation.Schedule.Placements, Has.Count.EqualTo(classes.Length));
        Assert.That(ScheduleChecker.Check(season.Problem(), generation.Schedule).HasBlocking, Is.False);
    }

    [Test]
    public void Each_accompanists_entries_are_put_next_to_each_other()
    {
        var season = new Season();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var vocal = season.Add(new ClassToSchedule(Guid.NewGuid(), "1105", "Vocal", 1, TimeSpan.FromMinutes(5),
        [
            Season.Entry(5, [Guid.NewGuid()], accompanists: [first]),
            Season.Entry(5, [Guid.NewGuid()], accompanists: [second]),
            Season.Entry(5, [Guid.NewGuid()]),
            Season.Entry(5, [Guid.NewGuid()], accompanists: [first]),
        ]));

        var order = ScheduleGenerator.Generate(season.Problem()).Schedule.Placements.Single().EntryOrder;

        Assert.That(order, Is.EqualTo(new[] { vocal.Entries[2].Id, vocal.Entries[0].Id, vocal.Entries[3].Id, vocal.Entries[1].Id }));
    }

    [Test]
    public void The_first_fit_baseline_double_books_people_the_generator_does_not()
    {
        var problem = SmallSeason(11);
        var personKinds = new[] { ConflictKind.PersonDoubleBooked, ConflictKind.ChangeoverWithinVenue, ConflictKind.ChangeoverBetweenVenues };

        var baseline = ScheduleChecker.Check(problem, FirstFitBaseline.Generate(problem));
        var generated = ScheduleChecker.Check(problem, ScheduleGenerator.Generate(problem).Schedule);

        Assert.That(baseline.Blocking.Count(c => personKinds.Contains(c.Kind)), Is.GreaterThan(0));
        Assert.That(generated.Blocking, Is.Empty);
    }

    private static string[] Describe(Schedule schedule) =>
        [.. schedule.Placements.Select(p => $"{p.ClassId} {p.Part}/{p.PartCount} {p.SessionId} {p.Start} {string.Join(",", p.EntryOrder)}")];
}
