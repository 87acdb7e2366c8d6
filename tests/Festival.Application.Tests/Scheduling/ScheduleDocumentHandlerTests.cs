using System.Globalization;
using Festival.Application.Invoices;
using Festival.Application.Results;
using Festival.Application.Results.Sessions;
using Festival.Application.Scheduling;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Programme;
using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;
using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Scheduling;

/// <summary>The printed schedule's queries and the schedule's reports, in isolation.</summary>
public sealed class ScheduleDocumentHandlerTests
{
    private static readonly Season Season = new("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now);

    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IScheduleStore _store = Substitute.For<IScheduleStore>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IScheduleDocuments _documents = Substitute.For<IScheduleDocuments>();

    [SetUp]
    public void CurrentSeason()
    {
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(Season);
        _seasons.FindAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Season);
        _store.LoadAsync(Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(new SeasonScheduleData(0, ScheduleSettings.ForSeason(0), [], [], [], [], [], [], [], [], []));
        _documents.Programme(Arg.Any<ProgrammeView>()).Returns([1, 2, 3]);
        _documents.AdjudicatorSheets(Arg.Any<AdjudicatorSheets>()).Returns([4, 5]);
    }

    [Test]
    public async Task An_unpublished_programme_has_no_schedule_unless_a_draft_is_asked_for()
    {
        var handler = new GetProgrammeHandler(_seasons, _store);

        var published = await handler.Handle(new GetProgrammeQuery(), default);
        var draft = await handler.Handle(new GetProgrammeQuery(Draft: true), default);

        Assert.That(published.Value.Schedule, Is.Null);
        Assert.That((draft.Value.Schedule is not null, draft.Value.Version), Is.EqualTo((true, (int?)null)));
    }

    [Test]
    public async Task The_programme_PDF_is_not_found_before_publishing_and_written_from_the_programme_after()
    {
        var unpublished = new ProgrammeView("2027", "Riverside Festival", null, null);
        var programme = new ProgrammeView("2027 spring", "Riverside Festival", 1, new ScheduleView(1, "2027 spring", [], []));
        _mediator.Send(new GetProgrammeQuery("2027", Draft: false), Arg.Any<CancellationToken>()).Returns(Result<ProgrammeView>.Success(unpublished));
        _mediator.Send(new GetProgrammeQuery("2027 spring", Draft: true), Arg.Any<CancellationToken>()).Returns(Result<ProgrammeView>.Success(programme));
        var handler = new GetProgrammePdfHandler(_mediator, _documents);

        var none = await handler.Handle(new GetProgrammePdfQuery("2027"), default);
        var draft = await handler.Handle(new GetProgrammePdfQuery("2027 spring", Draft: true), default);

        Assert.That(none.Errors.Single().Code, Is.EqualTo("schedule_not_published"));
        Assert.That(draft.Value, Is.EqualTo(draft.Value with { ContentType = InvoiceFiles.PdfContentType, FileName = "programme-2027-spring-draft.pdf" }));
        Assert.That(draft.Value.Content, Is.EqualTo(new byte[] { 1, 2, 3 }));
        _documents.Received(1).Programme(programme);
    }

    [Test]
    public async Task Sheets_follow_the_session_sheet_s_access_and_name_the_festival_and_season()
    {
        var info = new SessionInfo(5, 1, new DateOnly(2027, 3, 6), new TimeOnly(9, 0), new TimeOnly(12, 0), "Town Hall, Hall A", "Jo Judge", "judge", []);
        _mediator.Send(new GetSessionSheetQuery("judge", 5, false), Arg.Any<CancellationToken>()).Returns(Result<SessionSheet>.Success(new SessionSheet(info, [])));
        _mediator.Send(new GetSessionSheetQuery("other", 5, false), Arg.Any<CancellationToken>()).Returns((Result<SessionSheet>)ResultErrors.SessionNotFound(5));
        var handler = new GetAdjudicatorSheetsHandler(_mediator, _seasons, _documents);

        var own = await handler.Handle(new GetAdjudicatorSheetsQuery("judge", 5), default);
        var other = await handler.Handle(new GetAdjudicatorSheetsQuery("other", 5), default);

        Assert.That((own.Value.FileName, own.Value.ContentType), Is.EqualTo(("adjudicator-sheets-2027-session-5.pdf", InvoiceFiles.PdfContentType)));
        _documents.Received(1).AdjudicatorSheets(Arg.Is<AdjudicatorSheets>(s => s.FestivalName == "Riverside Festival" && s.Season == "2027" && s.Sheet.Session == info));
        Assert.That(other.Errors.Single().Kind, Is.EqualTo(ErrorKind.NotFound));
    }

    [Test]
    public void Hours_per_day_and_room_leave_breaks_out_and_total_each_day()
    {
        static ScheduledClassView Class(string code, int fromHour, int fromMinute, int toHour, int toMinute) =>
            new(1, code, code, "Piano", 1, 1, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute), "None", []);
        static SessionView Session(DateOnly date, string room, int from, int to, BreakView[] breaks, params ScheduledClassView[] classes) =>
            new(1, 1, "Town Hall", 1, room, date, new TimeOnly(from, 0), new TimeOnly(to, 0), null, [], breaks, classes);
        var saturday = new DateOnly(2027, 3, 6);
        var view = new ScheduleView(1, "2027",
        [
            // 3 h less a 30-minute break; the class runs 9:00–11:00 across the break: 1.5 h of work.
            Session(saturday, "Hall A", 9, 12, [new BreakView(new TimeOnly(10, 0), new TimeOnly(10, 30))], Class("2105A", 9, 0, 11, 0)),
            Session(saturday, "Hall A", 13, 16, [], Class("2200", 13, 0, 14, 30)),
            Session(saturday, "Room B", 9, 12, []),
            Session(saturday.AddDays(1), "Room B", 9, 11, [], Class("1010", 9, 0, 11, 0)),
        ], []);

        var hours = ScheduleReports.Hours(view);
        var table = ScheduleReports.HoursTable(view);

        Assert.That(hours.Select(d => d.Date), Is.EqualTo(new[] { saturday, saturday.AddDays(1) }));
        Assert.That(hours[0].Rooms.Select(r => (r.Room, r.Sessions, r.SessionTime.TotalHours, r.ClassTime.TotalHours)),
            Is.EqualTo(new[] { ("Hall A", 2, 5.5, 3.0), ("Room B", 1, 3.0, 0.0) }));
        Assert.That((hours[0].SessionTime.TotalHours, hours[0].ClassTime.TotalHours, Math.Round(hours[0].FillPercent, 1)), Is.EqualTo((8.5, 3.0, 35.3)));
        Assert.That(hours[1].FillPercent, Is.EqualTo(100));
        Assert.That(table.Rows.Select(r => ((string?)r[1], (string?)r[2], Convert.ToDouble(r[4], CultureInfo.InvariantCulture), Convert.ToDouble(r[5], CultureInfo.InvariantCulture), Convert.ToDouble(r[6], CultureInfo.InvariantCulture))),
            Is.EqualTo(new[]
            {
                ("Town Hall", "Hall A", 5.5, 3.0, 54.5), ("Town Hall", "Room B", 3.0, 0.0, 0.0), ("Total", (string?)null, 8.5, 3.0, 35.3),
                ("Town Hall", "Room B", 2.0, 2.0, 100.0), ("Total", null, 2.0, 2.0, 100.0),
            }));
    }

    [Test]
    public void The_unscheduled_and_conflict_tables_list_each_class_and_conflict_with_the_people()
    {
        var unscheduled = ScheduleReports.UnscheduledTable(new ScheduleView(1, "2027", [], [new UnscheduledClass(9, "3000", "Strings", 4)]));
        var conflicts = ScheduleReports.ConflictsTable(new ScheduleCheckReport(1, "2027", 3,
            [new ScheduleConflictView("Blocking", "PersonDoubleBooked", "Anna is in two places.", ["2105A", "2200"], [new PersonRef(1, "Anna Smith"), new PersonRef(2, "=Ben")], 4)], 0));

        Assert.That(unscheduled.Rows.Single(), Is.EqualTo(new object?[] { 9, "3000", "Strings", 4 }));
        Assert.That(conflicts.Rows.Single(), Is.EqualTo(new object?[] { "Blocking", "PersonDoubleBooked", "2105A, 2200", 4, "Anna Smith; =Ben", "Anna is in two places." }));
    }
}
