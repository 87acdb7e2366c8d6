namespace Festival.Domain.Tests.Scheduling;

public sealed class ScheduleCheckerTests
{
    private readonly Season _season = new();
    private readonly Guid _anna = Guid.NewGuid();
    private readonly Guid _ben = Guid.NewGuid();

    private ScheduleCheck Check(params ClassPlacement[] placements) =>
        ScheduleChecker.Check(_season.Problem(), Season.Schedule(placements));

    private static ConflictKind[] Blocking(ScheduleCheck check) => [.. check.Blocking.Select(c => c.Kind)];

    [Test]
    public void A_class_inside_its_session_with_nobody_elsewhere_has_no_conflict()
    {
        var piano = _season.AddClass("2105", _anna, _ben);

        var check = Check(Season.At(piano, _season.A, 9));

        Assert.That(check.Conflicts, Is.Empty);
    }

    [Test]
    public void A_class_running_past_the_end_of_its_session_does_not_fit()
    {
        var piano = _season.AddClass("2105", _anna, _ben);

        var check = Check(Season.At(piano, _season.A, 11, 40));

        Assert.That(Blocking(check), Is.EqualTo(new[] { ConflictKind.DoesNotFitSession }));
    }

    [Test]
    public void A_class_starting_before_its_session_does_not_fit()
    {
        var piano = _season.AddClass("2105", _anna);

        Assert.That(Blocking(Check(Season.At(piano, _season.A, 8, 50))), Is.EqualTo(new[] { ConflictKind.DoesNotFitSession }));
    }

    [Test]
    public void A_class_starting_during_a_break_does_not_fit()
    {
        var withBreak = _season.Replace(_season.A, _season.A with { Breaks = [new SessionBreak(new TimeOnly(10, 0), new TimeOnly(10, 30))] });
        var piano = _season.AddClass("2105", _anna);

        Assert.That(Blocking(Check(Season.At(piano, withBreak, 10, 10))), Is.EqualTo(new[] { ConflictKind.DoesNotFitSession }));
    }

    [Test]
    public void A_break_pauses_a_class_so_it_ends_that_much_later_and_may_then_not_fit()
    {
        var withBreak = _season.Replace(_season.A, _season.A with { Breaks = [new SessionBreak(new TimeOnly(10, 0), new TimeOnly(11, 0))] });
        // 2 × 10 + 5 = 25 minutes from 9:50: 10 before the break, 15 after it.
        var piano = _season.AddClass("2105", _anna, _ben);

        Assert.That(withBreak.EndOf(new TimeOnly(9, 50), piano.Duration), Is.EqualTo(new TimeOnly(11, 15)));
        Assert.That(Check(Season.At(piano, withBreak, 9, 50)).Conflicts, Is.Empty);
        Assert.That(Blocking(Check(Season.At(piano, withBreak, 11, 40))), Is.EqualTo(new[] { ConflictKind.DoesNotFitSession }));
    }

    [Test]
    public void Two_classes_at_overlapping_times_in_one_session_overlap()
    {
        var first = _season.AddClass("2105", _anna);
        var second = _season.AddClass("2106", _ben);

        var check = Check(Season.At(first, _season.A, 9), Season.At(second, _season.A, 9, 10));

        Assert.That(Blocking(check), Is.EqualTo(new[] { ConflictKind.ClassesOverlap }));
        Assert.That(check.Conflicts[0].ClassIds, Is.EquivalentTo(new[] { first.Id, second.Id }));
    }

    [Test]
    public void A_room_that_does_not_suit_the_discipline_is_blocking()
    {
        var strings = _season.AddClass("3101", "Strings", 1, 10, _anna);

        Assert.That(Blocking(Check(Season.At(strings, _season.A, 9))), Is.EqualTo(new[] { ConflictKind.RoomUnsuited }));
    }

    [Test]
    public void An_adjudicator_who_does_not_judge_the_discipline_is_blocking()
    {
        var vocalJudge = new SessionAdjudicator(Guid.NewGuid(), ["Vocal"]);
        var session = _season.Replace(_season.A, _season.A with { Adjudicator = vocalJudge });
        var piano = _season.AddClass("2105", _anna);

        var check = Check(Season.At(piano, session, 9));

        Assert.That(Blocking(check), Is.EqualTo(new[] { ConflictKind.AdjudicatorLacksDiscipline }));
        Assert.That(check.Conflicts[0].PersonIds, Is.EqualTo(new[] { vocalJudge.PersonId }));
    }

    [Test]
    public void An_adjudicator_not_available_that_day_is_blocking()
    {
        var session = _season.Replace(_season.A, _season.A with
        {
            Adjudicator = new SessionAdjudicator(Guid.NewGuid(), ["Piano"], [Season.Day.AddDays(1)]),
        });
        var piano = _season.AddClass("2105", _anna);

        Assert.That(Blocking(Check(Season.At(piano, session, 9))), Is.EqualTo(new[] { ConflictKind.AdjudicatorUnavailable }));
    }

    [Test]
    public void An_adjudicator_who_teaches_one_of_the_performers_may_not_judge_the_class()
    {
        var piano = _season.Add(new ClassToSchedule(Guid.NewGuid(), "2105", "Piano", 1, TimeSpan.FromMinutes(5),
        [
            Season.Entry(10, [_anna]),
            Season.Entry(10, [_ben], teachers: [_season.A.Adjudicator.PersonId]),
        ]));

        var inA = Check(Season.At(piano, _season.A, 9));
        var inB = Check(Season.At(piano, _season.B, 9));

        Assert.That(Blocking(inA), Is.EqualTo(new[] { ConflictKind.AdjudicatorTeachesParticipant }));
        Assert.That(inA.Conflicts[0].PersonIds, Is.EqualTo(new[] { _season.A.Adjudicator.PersonId }));
        Assert.That(inB.Conflicts, Is.Empty);
    }

    [Test]
    public void A_performer_in_two_rooms_at_overlapping_times_is_double_booked_and_named()
    {
        var piano = _season.AddClass("2105", _anna, _ben);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);

        var check = Check(Season.At(piano, _season.A, 9), Season.At(vocal, _season.B, 9, 20));

        Assert.That(Blocking(check), Is.EqualTo(new[] { ConflictKind.PersonDoubleBooked }));
        Assert.That(check.Conflicts[0].PersonIds, Is.EqualTo(new[] { _anna }));
        Assert.That(check.Conflicts[0].ClassIds, Is.EquivalentTo(new[] { piano.Id, vocal.Id }));
    }

    [Test]
    public void A_group_member_and_a_conductor_are_tied_up_like_performers()
    {
        var conductor = Guid.NewGuid();
        var choir = _season.Add(new ClassToSchedule(Guid.NewGuid(), "5101", "Vocal", 1, TimeSpan.FromMinutes(5),
            [Season.Entry(10, [_anna, _ben], conductors: [conductor])]));
        var solo = _season.AddClass("2105", _ben);
        var conducted = _season.Add(new ClassToSchedule(Guid.NewGuid(), "5102", "Vocal", 1, TimeSpan.FromMinutes(5),
            [Season.Entry(10, [Guid.NewGuid()], conductors: [conductor])]));

        var check = Check(Season.At(choir, _season.A, 9), Season.At(solo, _season.B, 9), Season.At(conducted, _season.C, 9));

        Assert.That(check.Blocking.SelectMany(c => c.PersonIds), Is.EquivalentTo(new[] { _ben, conductor }));
    }

    [Test]
    public void An_accompanist_is_needed_only_from_their_first_entry_to_their_last()
    {
        var accompanist = Guid.NewGuid();
        // 9:00–9:10 with the accompanist, then 9:10–9:40 without, then 5 minutes of summary.
        var vocal = _season.Add(new ClassToSchedule(Guid.NewGuid(), "1105", "Vocal", 1, TimeSpan.FromMinutes(5),
        [
            Season.Entry(10, [_anna], accompanists: [accompanist]),
            Season.Entry(30, [_ben]),
        ]));
        var other = _season.Add(new ClassToSchedule(Guid.NewGuid(), "1106", "Vocal", 1, TimeSpan.FromMinutes(5),
            [Season.Entry(10, [Guid.NewGuid()], accompanists: [accompanist])]));

        var afterChangeover = Check(Season.At(vocal, _season.A, 9), Season.At(other, _season.B, 9, 20));
        var duringTheirEntry = Check(Season.At(vocal, _season.A, 9), Season.At(other, _season.B, 9, 5));

        Assert.That(afterChangeover.Blocking, Is.Empty);
        Assert.That(Blocking(duringTheirEntry), Is.EqualTo(new[] { ConflictKind.PersonDoubleBooked }));
        Assert.That(duringTheirEntry.Blocking.Single().PersonIds, Is.EqualTo(new[] { accompanist }));
    }

    // 2105 ends at 9:15 in room A of the Hall. Room B is in the Hall too (10 minutes needed); room C is in the Church (30).
    [TestCase("B", 20, 25, ConflictKind.ChangeoverWithinVenue, TestName = "Rooms of one venue need the changeover within a venue")]
    [TestCase("C", 40, 45, ConflictKind.ChangeoverBetweenVenues, TestName = "Different venues need the changeover between venues")]
    public void A_person_needs_the_changeover_between_rooms(string room, int tooSoonMinute, int inTimeMinute, ConflictKind kind)
    {
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);
        var session = room == "B" ? _season.B : _season.C;

        var tooSoon = Check(Season.At(piano, _season.A, 9), Season.At(vocal, session, 9, tooSoonMinute));
        var inTime = Check(Season.At(piano, _season.A, 9), Season.At(vocal, session, 9, inTimeMinute));

        Assert.That(Blocking(tooSoon), Is.EqualTo(new[] { kind }));
        Assert.That(tooSoon.Conflicts[0].PersonIds, Is.EqualTo(new[] { _anna }));
        Assert.That(inTime.Conflicts, Is.Empty);
    }

    [Test]
    public void The_changeovers_are_configurable()
    {
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);
        var schedule = Season.Schedule(Season.At(piano, _season.A, 9), Season.At(vocal, _season.C, 9, 20));

        var strict = ScheduleChecker.Check(_season.Problem(), schedule);
        var relaxed = ScheduleChecker.Check(_season.Problem(new ChangeoverRules(TimeSpan.FromMinutes(5), TimeSpan.Zero)), schedule);

        Assert.That(Blocking(strict), Is.EqualTo(new[] { ConflictKind.ChangeoverBetweenVenues }));
        Assert.That(relaxed.Blocking, Is.Empty);
    }

    [Test]
    public void Back_to_back_classes_in_one_room_need_no_changeover()
    {
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);

        Assert.That(Check(Season.At(piano, _season.A, 9), Season.At(vocal, _season.A, 9, 15)).Blocking, Is.Empty);
    }

    [Test]
    public void An_adjudicator_cannot_perform_elsewhere_while_adjudicating()
    {
        var judgeOfB = _season.B.Adjudicator.PersonId;
        var piano = _season.AddClass("2105", judgeOfB);

        var check = Check(Season.At(piano, _season.A, 9));

        Assert.That(Blocking(check), Is.EqualTo(new[] { ConflictKind.PersonDoubleBooked }));
        Assert.That(check.Conflicts[0].PersonIds, Is.EqualTo(new[] { judgeOfB }));
    }

    [Test]
    public void One_adjudicator_in_two_sessions_at_once_is_double_booked()
    {
        _season.Replace(_season.B, _season.B with { Adjudicator = _season.A.Adjudicator });

        Assert.That(Blocking(Check()), Is.EqualTo(new[] { ConflictKind.AdjudicatorDoubleBooked }));
    }

    [Test]
    public void An_entry_left_out_or_placed_twice_makes_the_placement_invalid()
    {
        var piano = _season.AddClass("2105", _anna, _ben);
        var missing = Season.At(piano, _season.A, 9) with { EntryOrder = [piano.Entries[0].Id] };
        var twice = Season.At(piano, _season.A, 9) with { EntryOrder = [piano.Entries[0].Id, piano.Entries[1].Id, piano.Entries[0].Id] };

        Assert.That(Blocking(Check(missing)), Is.EqualTo(new[] { ConflictKind.InvalidPlacement }));
        Assert.That(Blocking(Check(twice)), Is.EqualTo(new[] { ConflictKind.InvalidPlacement }));
    }

    [Test]
    public void An_unscheduled_class_is_a_warning_not_a_blocking_conflict()
    {
        var piano = _season.AddClass("2105", _anna);

        var check = Check();

        Assert.That(check.HasBlocking, Is.False);
        Assert.That(check.Conflicts.Select(c => (c.Severity, c.Kind)), Is.EqualTo(new[] { (ConflictSeverity.Warning, ConflictKind.Unplaced) }));
        Assert.That(check.Conflicts[0].ClassIds, Is.EqualTo(new[] { piano.Id }));
    }

    [Test]
    public void A_younger_class_after_an_older_one_in_a_session_is_a_warning()
    {
        var older = _season.AddClass("2110", "Piano", 9, 10, _anna);
        var younger = _season.AddClass("2101", "Piano", 2, 10, _ben);

        var check = Check(Season.At(older, _season.A, 9), Season.At(younger, _season.A, 9, 15));

        Assert.That(check.Conflicts.Select(c => (c.Severity, c.Kind)), Is.EqualTo(new[] { (ConflictSeverity.Warning, ConflictKind.YoungerAfterOlder) }));
        Assert.That(check.Soft.YoungerLateHours, Is.GreaterThan(0));
    }

    [Test]
    public void A_schools_groups_on_two_days_are_a_warning_and_cost_an_extra_day()
    {
        var school = Guid.NewGuid();
        var nextDay = _season.AddSession(_season.RoomA, _season.Hall, date: Season.Day.AddDays(1));
        var junior = _season.Add(new ClassToSchedule(Guid.NewGuid(), "5101", "Vocal", 1, TimeSpan.FromMinutes(5), [Season.Entry(10, [_anna], school: school)]));
        var senior = _season.Add(new ClassToSchedule(Guid.NewGuid(), "5102", "Vocal", 1, TimeSpan.FromMinutes(5), [Season.Entry(10, [_ben], school: school)]));

        var split = Check(Season.At(junior, _season.A, 9), Season.At(senior, nextDay, 9));
        var together = Check(Season.At(junior, _season.A, 9), Season.At(senior, _season.A, 9, 15));

        Assert.That(split.Conflicts.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.SchoolGroupsOnSeveralDays }));
        Assert.That(split.Soft.SchoolExtraDays, Is.EqualTo(1));
        Assert.That(together.Conflicts, Is.Empty);
        Assert.That(together.Soft.SchoolExtraDays, Is.Zero);
    }

    [Test]
    public void A_performer_on_two_days_costs_an_extra_day()
    {
        var nextDay = _season.AddSession(_season.RoomA, _season.Hall, date: Season.Day.AddDays(1));
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);

        var twoDays = Check(Season.At(piano, _season.A, 9), Season.At(vocal, nextDay, 9));
        var oneDay = Check(Season.At(piano, _season.A, 9), Season.At(vocal, _season.A, 9, 15));

        Assert.That(twoDays.Soft.ParticipantExtraDays, Is.EqualTo(1));
        Assert.That(oneDay.Soft.ParticipantExtraDays, Is.Zero);
        Assert.That(twoDays.Soft.Total, Is.GreaterThan(oneDay.Soft.Total));
    }

    [Test]
    public void An_accompanists_idle_time_between_classes_is_measured()
    {
        var accompanist = Guid.NewGuid();
        var early = _season.Add(new ClassToSchedule(Guid.NewGuid(), "1105", "Vocal", 1, TimeSpan.FromMinutes(5), [Season.Entry(10, [_anna], accompanists: [accompanist])]));
        var late = _season.Add(new ClassToSchedule(Guid.NewGuid(), "1106", "Vocal", 1, TimeSpan.FromMinutes(5), [Season.Entry(10, [_ben], accompanists: [accompanist])]));

        var apart = Check(Season.At(early, _season.A, 9), Season.At(late, _season.A, 11));

        // Present 9:00–9:10 and 11:00–11:10: 110 minutes idle.
        Assert.That(apart.Soft.AccompanistIdleHours, Is.EqualTo(110 / 60.0).Within(1e-9));
    }
}
