namespace Festival.Domain.Tests.Scheduling;

public sealed class ScheduleEditorTests
{
    private readonly Season _season = new();
    private readonly Guid _anna = Guid.NewGuid();

    [Test]
    public void Checking_a_move_reports_its_conflicts_and_changes_nothing()
    {
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);
        var editor = new ScheduleEditor(_season.Problem(), Season.Schedule(Season.At(piano, _season.A, 9), Season.At(vocal, _season.B, 10)));

        var clash = editor.CheckMove(vocal.Id, 1, _season.C.Id, new TimeOnly(9, 5));
        var fine = editor.CheckMove(vocal.Id, 1, _season.C.Id, new TimeOnly(10, 0));

        Assert.That(clash.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.PersonDoubleBooked }));
        Assert.That(clash[0].PersonIds, Is.EqualTo(new[] { _anna }));
        Assert.That(fine, Is.Empty);
        Assert.That(editor.CheckAll().Conflicts, Is.Empty);
        Assert.That(editor.Schedule.Placements.Single(p => p.ClassId == vocal.Id).SessionId, Is.EqualTo(_season.B.Id));
    }

    [Test]
    public void A_move_once_applied_is_in_the_schedule_and_in_the_next_check()
    {
        var piano = _season.AddClass("2105", _anna);
        var vocal = _season.AddClass("1105", "Vocal", 1, 10, _anna);
        var editor = new ScheduleEditor(_season.Problem(), Season.Schedule(Season.At(piano, _season.A, 9), Season.At(vocal, _season.B, 10)));

        editor.Move(vocal.Id, 1, _season.C.Id, new TimeOnly(9, 5));

        Assert.That(editor.Schedule.Placements.Single(p => p.ClassId == vocal.Id), Has.Property(nameof(ClassPlacement.SessionId)).EqualTo(_season.C.Id)
            .And.Property(nameof(ClassPlacement.Start)).EqualTo(new TimeOnly(9, 5)));
        Assert.That(editor.CheckAll().Blocking.Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.PersonDoubleBooked }));
        Assert.That(editor.CheckMove(vocal.Id, 1, _season.B.Id, new TimeOnly(10, 0)), Is.Empty);
    }

    [Test]
    public void Checking_a_swap_reports_what_each_class_would_break_in_the_others_place()
    {
        var ben = Guid.NewGuid();
        var piano = _season.AddClass("2105", _anna);
        var strings = _season.AddClass("3105", "Strings", 1, 10, ben);
        var stringsRoom = _season.AddSession(Guid.NewGuid(), _season.Hall, roomDisciplines: ["Strings"], adjudicator: new SessionAdjudicator(Guid.NewGuid(), ["Strings", "Piano"]));
        var editor = new ScheduleEditor(_season.Problem(), Season.Schedule(Season.At(piano, _season.A, 9), Season.At(strings, stringsRoom, 9)));

        var conflicts = editor.CheckSwap(piano.Id, 1, strings.Id, 1);

        Assert.That(conflicts.Select(c => (c.Kind, c.ClassIds[0])), Is.EquivalentTo(new[]
        {
            (ConflictKind.RoomUnsuited, piano.Id),
            (ConflictKind.RoomUnsuited, strings.Id),
        }));
        Assert.That(editor.CheckAll().Conflicts, Is.Empty);
    }

    [Test]
    public void An_edit_naming_an_unknown_class_is_reported_not_thrown()
    {
        var editor = new ScheduleEditor(_season.Problem(), Season.Schedule());

        Assert.That(editor.CheckMove(Guid.NewGuid(), 1, _season.A.Id, new TimeOnly(9, 0)).Select(c => c.Kind), Is.EqualTo(new[] { ConflictKind.InvalidPlacement }));
    }
}
