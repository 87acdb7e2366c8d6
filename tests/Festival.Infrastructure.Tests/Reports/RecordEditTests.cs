using Festival.Application.Audit;
using Festival.Application.People.Merge;
using Festival.Application.People.Update;
using Festival.Application.Reports.Classes;
using Festival.Application.Reports.People;
using Festival.Application.Repertoire.Update;
using Festival.Application.Syllabus.Update;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Syllabus;

namespace Festival.Infrastructure.Tests.Reports;

/// <summary>Editing classes, people and pieces, and merging two records of one person, through the real mediator on SQLite.</summary>
public sealed class RecordEditTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<T> Db<T>(Func<FestivalDbContext, Task<T>> work) => _app.Db(work);

    [Test]
    public async Task Editing_a_class_changes_its_fee_for_new_entries_only_and_is_audited_with_the_fields_that_changed()
    {
        var id = _season.Classes["2105A"];
        var details = new ClassDetails("Piano Solo, Grade 5", "Piano", "Grade 5", ClassType.Solo, 26m, 180, 60, 9, 12, 300);

        var result = await _app.Send(new UpdateClassCommand(id, details));
        var again = await _app.Send(new UpdateClassCommand(id, details));

        Assert.That(result.Value.Changed, Is.EqualTo(new[] { "Name", "Fee", "MinAge", "MaxAge", "MaxDuration" }));
        Assert.That(again.Value.Changed, Is.Empty, "the same details again change nothing");
        var row = (await _app.Send(new ClassReportQuery(Discipline: "Piano"))).Value.Classes.Items[0];
        Assert.That((row.Name, row.Fee, row.TotalFees), Is.EqualTo(("Piano Solo, Grade 5", 26m, 47.50m)));
        var audit = await Db(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.ClassUpdated).ToListAsync());
        Assert.That(audit.Select(e => e.SubjectUserId), Is.EqualTo(new[] { AuditSubjects.Class(id) }), "audited once: the second edit changed nothing");
    }

    [Test]
    public async Task A_class_edit_with_ages_out_of_order_or_a_negative_fee_is_refused()
    {
        var result = await _app.Send(new UpdateClassCommand(_season.Classes["1010"],
            new ClassDetails("Vocal", "Vocal", "Junior", ClassType.Solo, -1m, 120, 60, 12, 9, null)));
        var missing = await _app.Send(new UpdateClassCommand(999_999, new ClassDetails("X", "", "", ClassType.Solo, 1m, 0, 0, null, null, null)));

        Assert.That(result.Errors.Select(e => e.Code), Is.EquivalentTo(new[] { "class_fee_range", "class_ages_out_of_order" }));
        Assert.That(missing.Errors.Single().Code, Is.EqualTo("class_not_found"));
    }

    [Test]
    public async Task Editing_a_person_stores_what_was_typed_and_is_audited()
    {
        var id = _season.People["Ben"];

        var result = await _app.Send(new UpdatePersonCommand(id, "  Benjamin <i>Jones</i> ", "ben@example.org", "555-0100", new DateOnly(2011, 2, 3), null,
            PersonRoles.Participant | PersonRoles.Accompanist));
        var badEmail = await _app.Send(new UpdatePersonCommand(id, "Ben", "not an email", null, null, null, PersonRoles.Participant));

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(badEmail.Succeeded, Is.False);
        var ben = await Db(db => db.People.SingleAsync(p => p.Id == id));
        Assert.That((ben.Name, ben.Email, ben.SchoolId, ben.Roles), Is.EqualTo(("Benjamin <i>Jones</i>", (string?)"ben@example.org", (int?)null, PersonRoles.Participant | PersonRoles.Accompanist)));
        Assert.That(await Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.PersonUpdated && e.SubjectUserId == AuditSubjects.Person(id))), Is.EqualTo(1));
    }

    [Test]
    public async Task Merging_two_people_moves_entries_roles_group_parts_and_links_to_the_one_kept_and_is_audited()
    {
        var anna = _season.People["Anna"];
        var duplicate = await AddDuplicateAsync(_season.Classes["1010"]);

        var result = await _app.Send(new MergePeopleCommand(anna, duplicate));

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That((result.Value.EntriesMoved, result.Value.GroupPartsMoved, result.Value.LinksMoved), Is.EqualTo((2, 1, 1)));
        Assert.That(await Db(db => db.People.AnyAsync(p => p.Id == duplicate)), Is.False);
        var kept = await Db(db => db.People.SingleAsync(p => p.Id == anna));
        Assert.That((kept.Roles, kept.Phone, kept.Email), Is.EqualTo((PersonRoles.Participant | PersonRoles.Accompanist, (string?)"555-0199", (string?)"anna@example.org")));
        var entries = await Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["1010"]).OrderBy(e => e.Id).ToListAsync());
        Assert.That(entries.Select(e => e.ParticipantKey), Is.EqualTo(new[] { $"p:{_season.People["Cara"]}", $"p:{anna}" }));
        Assert.That(await Db(db => db.Entries.CountAsync(e => e.AccompanistId == anna)), Is.EqualTo(1));
        var choir = await Db(db => db.Groups.SingleAsync(g => g.Id == _season.GroupId));
        Assert.That(choir.Members.Select(m => (m.PersonId, m.Kind)), Does.Contain((anna, GroupMemberKind.Performer)));
        Assert.That(await Db(db => db.PersonLinks.Select(l => new { l.OtherPersonId, l.Kind }).ToListAsync()),
            Is.EqualTo(new[] { new { OtherPersonId = anna, Kind = PersonLinkKind.Guardian } }));
        var participants = await _app.Send(new PeopleReportQuery());
        Assert.That(participants.Value.Rows.Items.Single(r => r.Id == anna).Entries, Is.EqualTo(3));
        var audit = await Db(db => db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.PeopleMerged));
        Assert.That(audit.SubjectUserId, Is.EqualTo(AuditSubjects.Person(anna)));
        Assert.That(audit.Details, Does.Contain($"\"mergedPersonId\":{duplicate}").And.Contain("\"entriesMoved\":2"));
    }

    [Test]
    public async Task Two_people_entered_alone_in_the_same_class_cannot_be_merged_and_nothing_changes()
    {
        var anna = _season.People["Anna"];
        var duplicate = await AddDuplicateAsync(_season.Classes["2105A"]);

        var result = await _app.Send(new MergePeopleCommand(anna, duplicate));
        var self = await _app.Send(new MergePeopleCommand(anna, anna));

        Assert.That(result.Errors.Single().Code, Is.EqualTo("merge_same_class"));
        Assert.That(result.Errors.Single().Message, Does.Contain("2105A"));
        Assert.That(self.Errors.Single().Code, Is.EqualTo("merge_same_person"));
        Assert.That(await Db(db => db.People.AnyAsync(p => p.Id == duplicate)), Is.True);
        Assert.That(await Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.PeopleMerged)), Is.EqualTo(0));
    }

    [Test]
    public async Task Editing_a_piece_renames_it_unless_another_piece_has_that_title_and_composer()
    {
        var duo = _season.Pieces["Duo"];

        var renamed = await _app.Send(new UpdatePieceCommand(duo, "Sonatina", "Diabelli", 210));
        var clash = await _app.Send(new UpdatePieceCommand(duo, " sonata  in c", "MOZART", 210));

        Assert.That(renamed.Succeeded, Is.True, renamed.ToString());
        Assert.That(clash.Errors.Single().Code, Is.EqualTo("piece_exists"));
        var piece = await Db(db => db.Pieces.SingleAsync(p => p.Id == duo));
        Assert.That((piece.Title, piece.DurationSeconds), Is.EqualTo(("Sonatina", 210)));
        Assert.That(await Db(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.PieceUpdated)), Is.EqualTo(1));
    }

    /// <summary>"anna smith" again: a solo entry in <paramref name="classId"/>, accompanying Ben, in the choir, with a guardian.</summary>
    private Task<int> AddDuplicateAsync(int classId) => Db(async db =>
    {
        var duplicate = new Person("anna  SMITH", PersonRoles.Participant | PersonRoles.Accompanist, ProfileCode.NewRandom(), SampleSeason.At);
        duplicate.Complete("anna@example.org", "555-0199", null, null, SampleSeason.At);
        var parent = new Person("Pat Smith", PersonRoles.Guardian, ProfileCode.NewRandom(), SampleSeason.At);
        db.People.AddRange(duplicate, parent);
        await db.SaveChangesAsync();

        var entry = Entry.ForPeople(_season.SeasonId, classId, [duplicate.Id], 20m, SampleSeason.At);
        entry.Describe(null, null, null, [(_season.Pieces["Song"], 170)], SampleSeason.At);
        db.Entries.Add(entry);
        var bens = await db.Entries.SingleAsync(e => e.Participants.Any(p => p.PersonId == _season.People["Ben"]) && e.SeasonId == _season.SeasonId);
        bens.ReplacePerson(_season.People["Alex"], duplicate.Id, SampleSeason.At);
        var choir = await db.Groups.SingleAsync(g => g.Id == _season.GroupId);
        choir.AddMember(duplicate.Id, GroupMemberKind.Performer);
        db.PersonLinks.Add(new PersonLink(parent.Id, duplicate.Id, PersonLinkKind.Guardian, PersonLinkStatus.Accepted, SampleSeason.At));
        await db.SaveChangesAsync();
        return duplicate.Id;
    });
}
