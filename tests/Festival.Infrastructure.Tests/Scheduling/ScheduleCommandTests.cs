using Festival.Application.Audit;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.Setup;
using Festival.Application.Scheduling.View;
using Festival.Domain.Scheduling;
using Festival.Testing.Scheduling;

namespace Festival.Infrastructure.Tests.Scheduling;

/// <summary>Generating, pinning and editing the sample season's schedule through the real mediator on SQLite.</summary>
public sealed class ScheduleCommandTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;
    private SampleSchedule _schedule = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
        _schedule = await SampleSchedule.CreateAsync(_app.Services, _season);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<List<ScheduledClass>> StoredAsync() => _app.Db(db => db.ScheduledClasses.AsNoTracking().OrderBy(c => c.ClassId).ThenBy(c => c.Part).ToListAsync());

    private static string Fingerprint(IEnumerable<ScheduledClass> rows) =>
        string.Join(";", rows.Select(r => $"{r.ClassId}/{r.Part}/{r.PartCount}@{r.SessionId} {r.Start:HH:mm} [{string.Join(",", r.EntryOrder)}] {r.Pin}"));

    private ScheduledClass Row(List<ScheduledClass> rows, string code) => rows.Single(r => r.ClassId == _season.Classes[code]);

    [Test]
    public async Task A_preview_reports_the_quality_and_writes_nothing()
    {
        var preview = await _app.Send(new GenerateScheduleCommand(Commit: false));

        Assert.That(preview.Succeeded, Is.True, preview.ToString());
        Assert.That((preview.Value.HardViolations, preview.Value.Unplaced.Count, preview.Value.ClassesPlaced, preview.Value.Committed), Is.EqualTo((0, 0, 4, false)));
        Assert.That((preview.Value.SessionsAvailable, preview.Value.SessionsLowerBound), Is.EqualTo((9, 1)));
        Assert.That(preview.Value.SessionsUsed, Is.GreaterThanOrEqualTo(2), "piano and vocal classes need different adjudicators");
        Assert.That(await StoredAsync(), Is.Empty);
        Assert.That(await _app.Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.ScheduleGenerated)), Is.Zero);
    }

    [Test]
    public async Task Committing_writes_a_schedule_with_no_blocking_conflict_and_the_same_input_gives_the_same_schedule()
    {
        var first = await _app.Send(new GenerateScheduleCommand(Commit: true));
        var stored = await StoredAsync();
        var again = await _app.Send(new GenerateScheduleCommand(Commit: true, Season: SampleSeason.Name));
        var check = await _app.Send(new CheckScheduleQuery(null));

        Assert.That(first.Value.HardViolations, Is.Zero);
        Assert.That(stored, Has.Count.EqualTo(4));
        Assert.That(Fingerprint(await StoredAsync()), Is.EqualTo(Fingerprint(stored)), "regenerating the same season gives the same schedule, to the entry order");
        Assert.That((await StoredAsync()).Select(r => r.Id), Is.EqualTo(stored.Select(r => r.Id)), "and keeps the same records");
        Assert.That(again.Value.SoftPenalty, Is.EqualTo(first.Value.SoftPenalty));
        Assert.That(check.Value.BlockingCount, Is.Zero, string.Join("\n", check.Value.Conflicts.Select(c => c.Message)));
        Assert.That(Row(stored, "2105A").SessionId, Is.Not.EqualTo(_schedule.NaveSession), "Tess adjudicates the Nave and teaches Anna and Ben");
        Assert.That(Row(stored, "2200").SessionId, Is.Not.EqualTo(_schedule.NaveSession), "Tess teaches Cara through a teacher link");
        Assert.That(await _app.Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.ScheduleGenerated)), Is.EqualTo(2));
    }

    [Test]
    public async Task A_pinned_class_stays_where_it_was_pinned_when_the_schedule_is_generated()
    {
        var afternoon = await _app.Db(db => db.Sessions.Where(s => s.RoomId == _schedule.Rooms["Room B"] && s.Start == new TimeOnly(13, 30)).OrderByDescending(s => s.Date).Select(s => s.Id).FirstAsync());

        var pinned = await _app.Send(new PinClassCommand(_season.Classes["1010"], SessionId: afternoon, Start: new TimeOnly(14, 0)));
        var generated = await _app.Send(new GenerateScheduleCommand(Commit: true));

        Assert.That(pinned.Value.Applied, Is.True, pinned.ToString());
        var song = Row(await StoredAsync(), "1010");
        Assert.That((song.SessionId, song.Start, song.Pin), Is.EqualTo((afternoon, new TimeOnly(14, 0), SchedulePinKind.SessionAndTime)));
        Assert.That(generated.Value.HardViolations, Is.Zero);
    }

    [Test]
    public async Task A_move_onto_another_class_is_blocked_with_the_people_involved_and_changes_nothing_until_overridden_which_is_audited()
    {
        await _app.Send(new GenerateScheduleCommand(Commit: true));
        var before = await StoredAsync();
        var piano = Row(before, "2105A");

        var blocked = await _app.Send(new MoveScheduledClassCommand(_season.Classes["2200"], 1, piano.SessionId, piano.Start));
        var unchanged = await StoredAsync();
        var forced = await _app.Send(new MoveScheduledClassCommand(_season.Classes["2200"], 1, piano.SessionId, piano.Start, Override: true));

        Assert.That(blocked.Value.Applied, Is.False);
        Assert.That(blocked.Value.Blocking.Select(c => c.Kind), Does.Contain(nameof(ConflictKind.ClassesOverlap)).And.Contain(nameof(ConflictKind.PersonDoubleBooked)));
        Assert.That(blocked.Value.Blocking.SelectMany(c => c.People).Select(p => p.Name), Does.Contain("Anna Smith"), "Anna plays in both");
        Assert.That(Fingerprint(unchanged), Is.EqualTo(Fingerprint(before)));
        Assert.That((forced.Value.Applied, forced.Value.Overridden), Is.EqualTo((true, true)));
        var duet = Row(await StoredAsync(), "2200");
        Assert.That((duet.SessionId, duet.Start), Is.EqualTo((piano.SessionId, piano.Start)));
        var audit = await _app.Db(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.ScheduleEdited || e.Type == AuditEventTypes.ScheduleConflictOverridden).ToListAsync());
        Assert.That(audit.Select(e => e.Type), Is.EquivalentTo(new[] { AuditEventTypes.ScheduleEdited, AuditEventTypes.ScheduleConflictOverridden }), "the blocked try wrote nothing");
        Assert.That(audit.Single(e => e.Type == AuditEventTypes.ScheduleConflictOverridden).Details, Does.Contain("ClassesOverlap"));
    }

    [Test]
    public async Task Moving_a_class_to_an_adjudicator_who_teaches_a_performer_is_blocking()
    {
        await _app.Send(new GenerateScheduleCommand(Commit: true));

        var result = await _app.Send(new MoveScheduledClassCommand(_season.Classes["2200"], 1, _schedule.NaveSession, new TimeOnly(9, 0)));

        Assert.That(result.Value.Applied, Is.False);
        var conflict = result.Value.Blocking.Single(c => c.Kind == nameof(ConflictKind.AdjudicatorTeachesParticipant));
        Assert.That(conflict.People.Select(p => p.Name), Does.Contain("Tess Teacher"));
    }

    [Test]
    public async Task Swapping_two_classes_trades_their_places_and_reordering_sets_the_performance_order()
    {
        await _app.Send(new GenerateScheduleCommand(Commit: true));
        var before = await StoredAsync();
        var (song, choir) = (Row(before, "1010"), Row(before, "1500"));
        var piano = Row(before, "2105A");

        var swapped = await _app.Send(new SwapScheduledClassesCommand(song.ClassId, 1, choir.ClassId, 1, Override: true));
        var reordered = await _app.Send(new ReorderEntriesCommand(piano.ClassId, 1, [.. piano.EntryOrder.Reverse()], Override: true));
        var wrong = await _app.Send(new ReorderEntriesCommand(piano.ClassId, 1, [piano.EntryOrder[0]]));

        Assert.That(swapped.Value.Applied && reordered.Value.Applied, Is.True);
        var after = await StoredAsync();
        Assert.That((Row(after, "1010").SessionId, Row(after, "1010").Start), Is.EqualTo((choir.SessionId, choir.Start)));
        Assert.That((Row(after, "1500").SessionId, Row(after, "1500").Start), Is.EqualTo((song.SessionId, song.Start)));
        Assert.That(Row(after, "2105A").EntryOrder, Is.EqualTo(piano.EntryOrder.Reverse()));
        Assert.That(wrong.Errors.Single().Code, Is.EqualTo("entry_order"));
    }

    [Test]
    public async Task An_unscheduled_class_can_be_placed_by_hand_and_unknown_classes_or_sessions_are_refused()
    {
        var room = _schedule.TemplateSessions[0];

        var placed = await _app.Send(new MoveScheduledClassCommand(_season.Classes["2105A"], 1, room, new TimeOnly(9, 0)));
        var noClass = await _app.Send(new MoveScheduledClassCommand(_season.Classes["3001"], 1, room, new TimeOnly(9, 0)));
        var noSession = await _app.Send(new MoveScheduledClassCommand(_season.Classes["1010"], 1, 999_999, new TimeOnly(9, 0)));

        Assert.That(placed.Value.Applied, Is.True, placed.ToString());
        Assert.That(Row(await StoredAsync(), "2105A").EntryOrder, Has.Count.EqualTo(2));
        Assert.That(noClass.Errors.Single().Code, Is.EqualTo("class_not_found"), "3001 has no entries to schedule");
        Assert.That(noSession.Errors.Single().Code, Is.EqualTo("session_not_found"));
    }

    [Test]
    public async Task Sessions_from_a_template_skip_the_ones_that_exist_and_refuse_an_overlap_whole()
    {
        TimeRange[] times = [new(new TimeOnly(9, 0), new TimeOnly(12, 0)), new(new TimeOnly(18, 30), new TimeOnly(21, 0))];
        var before = await _app.Db(db => db.Sessions.CountAsync());

        var added = await _app.Send(new CreateSessionsFromTemplateCommand(SampleSchedule.FirstDay, SampleSchedule.FirstDay.AddDays(1), times, [_schedule.Rooms["Room B"]]));
        var overlap = await _app.Send(new CreateSessionsFromTemplateCommand(SampleSchedule.FirstDay, SampleSchedule.FirstDay, [new(new TimeOnly(11, 0), new TimeOnly(13, 0))], [_schedule.Rooms["Room B"]]));
        var backwards = await _app.Send(new SaveSessionCommand(_schedule.Rooms["Nave"], SampleSchedule.FirstDay.AddDays(3), new TimeOnly(12, 0), new TimeOnly(9, 0), Breaks: []));

        Assert.That(added.Value, Has.Count.EqualTo(2), "the two evenings; the mornings exist");
        Assert.That(overlap.Errors.Single().Code, Is.EqualTo("session_overlaps"));
        Assert.That(backwards.Errors.Single().Code, Is.EqualTo("session_times"));
        Assert.That(await _app.Db(db => db.Sessions.CountAsync()), Is.EqualTo(before + 2));
    }

    [Test]
    public async Task Venue_names_are_unique_and_setup_changes_are_audited()
    {
        var again = await _app.Send(new SaveVenueCommand("Town Hall"));
        var renamed = await _app.Send(new SaveVenueCommand("St Mary's", Address: "Church Lane", VenueId: _schedule.Venues["Church"]));
        var settings = await _app.Send(new UpdateScheduleSettingsCommand(90, 30, 300, new ChangeoverRules(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(5)), SoftGoalWeights.Default));
        var negative = await _app.Send(new UpdateScheduleSettingsCommand(-1, 30, 300, ChangeoverRules.Default, SoftGoalWeights.Default));

        Assert.That(again.Errors.Single().Code, Is.EqualTo("venue_exists"));
        Assert.That(renamed.Succeeded && settings.Succeeded, Is.True);
        Assert.That(negative.Errors.Single().Code, Is.EqualTo("schedule_settings"));
        var stored = await _app.Db(db => db.ScheduleSettings.SingleAsync());
        Assert.That((stored.AdjudicationSecondsPerEntry, stored.Changeover), Is.EqualTo((90, new ChangeoverRules(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(5)))));
        Assert.That(await _app.Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.ScheduleSetupChanged)), Is.GreaterThan(10));
    }

    [Test]
    public async Task Publishing_takes_a_version_and_later_moves_are_announced_with_what_moved()
    {
        var empty = await _app.Send(new PublishScheduleCommand(null));
        await _app.Send(new GenerateScheduleCommand(Commit: true));
        var first = await _app.Send(new PublishScheduleCommand(null));
        var song = Row(await StoredAsync(), "1010");
        var target = await _app.Db(db => db.Sessions.Where(s => s.RoomId == _schedule.Rooms["Room B"] && s.Id != song.SessionId).OrderBy(s => s.Date).ThenBy(s => s.Start).FirstAsync());

        var moved = await _app.Send(new MoveScheduledClassCommand(song.ClassId, 1, target.Id, target.Start, Override: true));
        var second = await _app.Send(new PublishScheduleCommand(SampleSeason.Name, Override: true));

        Assert.That(empty.Errors.Single().Code, Is.EqualTo("schedule_empty"));
        Assert.That((first.Value.Version, first.Value.ClassParts, moved.Value.Applied, second.Value.Version), Is.EqualTo((1, 4, true, 2)));
        var changed = await _app.Db(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.ScheduleChanged).ToListAsync());
        Assert.That(changed, Has.Count.EqualTo(1), "the move after version 1; generating before publishing announced nothing");
        Assert.That(changed[0].Details, Does.Contain("\"code\":\"1010\"").And.Contain($"\"toSessionId\":{target.Id}").And.Contain($"\"fromSessionId\":{song.SessionId}"));
        Assert.That(await _app.Db(db => db.SchedulePublications.CountAsync()), Is.EqualTo(2));
    }

    [Test]
    public async Task A_schedule_with_a_blocking_conflict_is_published_only_with_an_override()
    {
        await _app.Send(new GenerateScheduleCommand(Commit: true));
        var piano = Row(await StoredAsync(), "2105A");
        await _app.Send(new MoveScheduledClassCommand(_season.Classes["2200"], 1, piano.SessionId, piano.Start, Override: true));

        var refused = await _app.Send(new PublishScheduleCommand(null));
        var forced = await _app.Send(new PublishScheduleCommand(null, Override: true));

        Assert.That(refused.Errors.Single().Code, Is.EqualTo("schedule_blocking"));
        Assert.That(forced.Value.Overridden, Is.Not.Empty);
        Assert.That(await _app.Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.SchedulePublished)), Is.EqualTo(1));
    }
}
