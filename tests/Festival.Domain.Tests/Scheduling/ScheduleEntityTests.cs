using Festival.Domain.Scheduling;

namespace Festival.Domain.Tests.Scheduling;

/// <summary>The stored schedule's records keep their own rules: session times and breaks, entry orders, discipline lists.</summary>
public sealed class ScheduleEntityTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    [Test]
    public void A_session_ends_after_it_starts_and_its_breaks_lie_inside_it_without_overlapping()
    {
        Assert.That(Session.TimesProblem(T(9), T(12), [(T(10, 30), T(10, 45))]), Is.Null);
        Assert.That(Session.TimesProblem(T(12), T(9), []), Does.Contain("ends after it starts"));
        Assert.That(Session.TimesProblem(T(9), T(12), [(T(11), T(12, 30))]), Does.Contain("outside the session"));
        Assert.That(Session.TimesProblem(T(9), T(12), [(T(10), T(11)), (T(10, 30), T(11, 30))]), Does.Contain("overlaps another break"));
        Assert.Throws<ArgumentException>(() => _ = new Session(1, 1, new DateOnly(2027, 3, 6), T(12), T(9), null, [], At));
    }

    [Test]
    public void A_sessions_breaks_are_kept_in_time_order()
    {
        var session = new Session(1, 1, new DateOnly(2027, 3, 6), T(9), T(17), null, [(T(15), T(15, 15)), (T(12), T(13))], At);

        Assert.That(session.Breaks.Select(b => b.Start), Is.EqualTo(new[] { T(12), T(15) }));
    }

    [Test]
    public void A_scheduled_class_names_each_entry_once_in_its_performance_order()
    {
        var scheduled = new ScheduledClass(1, 2, 1, 1, 3, T(9), [5, 4, 6], SchedulePinKind.None);

        scheduled.Reorder([6, 5, 4]);

        Assert.That(scheduled.EntryOrder, Is.EqualTo(new[] { 6, 5, 4 }));
        Assert.Throws<ArgumentException>(() => scheduled.Reorder([6, 6]));
        Assert.That(scheduled.IsPinned, Is.False);
        scheduled.PinAs(SchedulePinKind.Session);
        Assert.That(scheduled.IsPinned, Is.True);
    }

    [Test]
    public void Disciplines_are_trimmed_deduplicated_ignoring_case_and_read_back_as_given()
    {
        var room = new Room(1, " Hall A ", [" Piano", "piano", "Vocal|Choral", ""]);
        var adjudicator = new Adjudicator(1, 2, ["Strings"], [new DateOnly(2027, 3, 7), new DateOnly(2027, 3, 6), new DateOnly(2027, 3, 7)], At);

        Assert.That((room.Name, room.Disciplines), Is.EqualTo(("Hall A", new[] { "Piano", "Vocal Choral" })));
        Assert.That(adjudicator.AvailableDays, Is.EqualTo(new[] { new DateOnly(2027, 3, 6), new DateOnly(2027, 3, 7) }));
        Assert.That((adjudicator.IsAvailableOn(new DateOnly(2027, 3, 6)), adjudicator.IsAvailableOn(new DateOnly(2027, 3, 8))), Is.EqualTo((true, false)));
        Assert.That(new Adjudicator(1, 3, [], [], At).IsAvailableOn(new DateOnly(2030, 1, 1)), Is.True, "no days listed: every day");
    }

    [Test]
    public void Schedule_settings_refuse_negative_times_and_weights()
    {
        Assert.That(ScheduleSettings.Problem(120, 60, 600, ChangeoverRules.Default, SoftGoalWeights.Default), Is.Null);
        Assert.That(ScheduleSettings.Problem(-1, 60, 600, ChangeoverRules.Default, SoftGoalWeights.Default), Is.Not.Null);
        Assert.That(ScheduleSettings.Problem(0, 0, 0, new ChangeoverRules(TimeSpan.FromMinutes(-1), TimeSpan.Zero), SoftGoalWeights.Default), Is.Not.Null);
        Assert.That(ScheduleSettings.Problem(0, 0, 0, ChangeoverRules.Default, SoftGoalWeights.Default with { SessionsEven = double.NaN }), Is.Not.Null);
    }
}
