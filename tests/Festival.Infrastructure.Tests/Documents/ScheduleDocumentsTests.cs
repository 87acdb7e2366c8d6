using Festival.Application.Entries;
using Festival.Application.Results;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Programme;
using Festival.Application.Scheduling.View;
using Festival.Domain.Results;
using Festival.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Festival.Infrastructure.Tests.Documents;

/// <summary>The programme booklet and a session's adjudicator sheets read back with PdfPig: the right text, in order, on the right pages.</summary>
public sealed class ScheduleDocumentsTests
{
    private static readonly DateOnly Saturday = new(2027, 3, 6);

    private static ScheduledEntryView Entry(int id, int position, string performer, string? accompanist = null, params string[] pieces) =>
        new(id, position, null, [new PersonRef(id, performer)], accompanist is null ? null : new PersonRef(100 + id, accompanist), pieces);

    private static ScheduledClassView Class(string code, string name, TimeOnly start, TimeOnly end, params ScheduledEntryView[] entries) =>
        new(code.GetHashCode(StringComparison.Ordinal), code, name, "Piano", 1, 1, start, end, "None", entries);

    private static SessionView Session(int id, DateOnly date, string venue, string room, TimeOnly start, TimeOnly end, string adjudicator, params ScheduledClassView[] classes) =>
        new(id, venue.Length, venue, room.Length, room, date, start, end, new PersonRef(id, adjudicator), ["Piano"], [], classes);

    private static ProgrammeView Programme(params SessionView[] sessions) =>
        new("2027", "Riverside <Music> Festival", 2, new ScheduleView(1, "2027", sessions, []));

    private static string[] Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => p.Text)];
    }

    private static string TextOf(byte[] pdf) => string.Join("\n", Pages(pdf));

    [Test]
    public void The_programme_lists_day_venue_session_class_and_performers_in_order_with_pieces_and_accompanist_and_markup_as_typed()
    {
        var programme = Programme(
            Session(1, Saturday, "Town Hall", "Hall A", new TimeOnly(9, 0), new TimeOnly(12, 0), "Paula Piano",
                Class("2105A", "Piano Solo, Grade 5", new TimeOnly(9, 0), new TimeOnly(9, 40),
                    Entry(1, 1, "Anna Smith", "Alan Accomp", "Sonata in C (Mozart)"), Entry(2, 2, "Ben <b>Jones</b>", null, "Minuet (Bach)")),
                Class("2200", "Duet", new TimeOnly(9, 40), new TimeOnly(10, 10), Entry(3, 1, "Cara Lee"))),
            Session(2, Saturday, "Town Hall", "Room B", new TimeOnly(13, 30), new TimeOnly(16, 30), "Victor Voice",
                Class("1010", "Song", new TimeOnly(13, 30), new TimeOnly(14, 0), Entry(4, 1, "Dan Doe"))));

        var text = TextOf(new ScheduleDocuments().Programme(programme));

        Assert.That(text, Does.Contain("Riverside <Music> Festival").And.Contain("Programme, season 2027, version 2"));
        string[] ordered =
        [
            "Saturday 6 March 2027", "Town Hall", "Hall A, 09:00–12:00, adjudicator: Paula Piano", "09:00–09:40", "2105A Piano Solo, Grade 5",
            "Anna Smith", "Sonata in C (Mozart)", "Alan Accomp", "Ben <b>Jones</b>", "Minuet (Bach)", "2200 Duet", "Cara Lee",
            "Room B, 13:30–16:30, adjudicator: Victor Voice", "1010 Song", "Dan Doe",
        ];
        var positions = ordered.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToArray();
        Assert.That(positions, Has.None.EqualTo(-1), string.Join(", ", ordered.Where(s => !text.Contains(s, StringComparison.Ordinal))));
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public void Each_day_starts_a_new_page()
    {
        var programme = Programme(
            Session(1, Saturday, "Town Hall", "Hall A", new TimeOnly(9, 0), new TimeOnly(12, 0), "Paula Piano",
                Class("2105A", "Piano Solo", new TimeOnly(9, 0), new TimeOnly(9, 40), Entry(1, 1, "Anna Smith"))),
            Session(2, Saturday.AddDays(1), "Church", "Nave", new TimeOnly(9, 0), new TimeOnly(12, 0), "Tess Teacher",
                Class("1010", "Song", new TimeOnly(9, 0), new TimeOnly(9, 30), Entry(4, 1, "Dan Doe"))));

        var pages = Pages(new ScheduleDocuments().Programme(programme));

        Assert.That(pages, Has.Length.EqualTo(2));
        Assert.That(pages[0], Does.Contain("Saturday 6 March 2027").And.Contain("Anna Smith").And.Not.Contain("Sunday"));
        Assert.That(pages[1], Does.Contain("Sunday 7 March 2027").And.Contain("Church").And.Contain("Dan Doe"));
    }

    [Test]
    public void A_class_that_fits_on_a_page_is_not_split_and_one_longer_than_a_page_flows_on_keeping_every_performer()
    {
        var filler = Class("1000", "Filler", new TimeOnly(9, 0), new TimeOnly(10, 0), [.. Enumerable.Range(1, 26).Select(i => Entry(i, i, $"Filler {i:D2}"))]);
        var small = Class("1001", "Small", new TimeOnly(10, 0), new TimeOnly(10, 30), [.. Enumerable.Range(1, 12).Select(i => Entry(100 + i, i, $"Small {i:D2}"))]);
        var huge = Class("1002", "Huge", new TimeOnly(10, 30), new TimeOnly(12, 0), [.. Enumerable.Range(1, 90).Select(i => Entry(200 + i, i, $"Huge {i:D2}"))]);

        var pages = Pages(new ScheduleDocuments().Programme(Programme(
            Session(1, Saturday, "Town Hall", "Hall A", new TimeOnly(9, 0), new TimeOnly(12, 0), "Paula Piano", filler, small, huge))));

        var smallPages = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("Small ", StringComparison.Ordinal)).Select(p => p.i).ToArray();
        Assert.That(smallPages, Has.Length.EqualTo(1), "the small class does not fit after the filler, so it moves whole to the next page");
        Assert.That(pages[smallPages[0]], Does.Contain("1001 Small").And.Contain("Small 01").And.Contain("Small 12"));
        var all = string.Join("\n", pages);
        Assert.That(Enumerable.Range(1, 90).Where(i => !all.Contains($"Huge {i:D2}", StringComparison.Ordinal)), Is.Empty);
        Assert.That(pages.Count(p => p.Contains("Huge ", StringComparison.Ordinal)), Is.GreaterThan(1));
    }

    [Test]
    public void A_draft_says_so_and_an_empty_programme_says_nothing_is_scheduled()
    {
        var text = TextOf(new ScheduleDocuments().Programme(new ProgrammeView("2027", "Riverside Festival", null, new ScheduleView(1, "2027", [], []))));

        Assert.That(text, Does.Contain("draft (not published)").And.Contain("Nothing is scheduled."));
    }

    [Test]
    public void Adjudicator_sheets_give_a_page_per_entry_in_performance_order_with_session_class_performers_pieces_accompanist_and_room_for_the_mark()
    {
        var session = new SessionInfo(5, 1, Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0), "Town Hall, Hall A", "Jo Judge", "judge", [7, 8]);
        SheetEntry Sheet(int id, int position, string[] performers, string? accompanist, params PieceLine[] pieces) =>
            new(id, position, performers, pieces, null, accompanist, null, null, null, null, Appearance.Expected, 1);
        var sheet = new SessionSheet(session,
        [
            new SheetClass(7, "2105A", "Piano Solo", new TimeOnly(9, 0), 1, 1, false,
                [Sheet(11, 1, ["Anna Smith"], "Alan Accomp", new PieceLine("Sonata in C", "Mozart", 120)), Sheet(12, 2, ["Ben <b>Jones</b>"], null, new PieceLine("Minuet", "Bach", 90))]),
            new SheetClass(8, "2200", "Duet", new TimeOnly(10, 0), 2, 2, false, [Sheet(13, 1, ["Anna Smith", "Cara Lee"], null)]),
        ]);

        var pages = Pages(new ScheduleDocuments().AdjudicatorSheets(new AdjudicatorSheets("Riverside <Music> Festival", "2027", sheet)));

        Assert.That(pages, Has.Length.EqualTo(3));
        Assert.That(pages, Has.All.Contain("Riverside <Music> Festival").And.All.Contain("season 2027")
            .And.All.Contain("Saturday 6 March 2027, 09:00–12:00, Town Hall, Hall A").And.All.Contain("Adjudicator: Jo Judge")
            .And.All.Contain("Mark:").And.All.Contain("Comments"));
        Assert.That(pages[0], Does.Contain("Class 2105A Piano Solo").And.Contain("Performance 1 of 2").And.Contain("Performers: Anna Smith")
            .And.Contain("Accompanist: Alan Accomp").And.Contain("Sonata in C").And.Contain("Mozart"));
        Assert.That(pages[1], Does.Contain("Performance 2 of 2").And.Contain("Performers: Ben <b>Jones</b>").And.Contain("Minuet").And.Contain("Bach").And.Not.Contain("Accompanist"));
        Assert.That(pages[2], Does.Contain("Class 2200 part 2/2 Duet").And.Contain("Performers: Anna Smith, Cara Lee"));
    }
}
