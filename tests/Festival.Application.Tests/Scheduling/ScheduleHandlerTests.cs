using Festival.Application.Scheduling;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Setup;
using Festival.Application.Seasons;
using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Scheduling;

/// <summary>The schedule's handlers in isolation: what they store and publish, and what they refuse.</summary>
public sealed class ScheduleHandlerTests
{
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IScheduleStore _store = Substitute.For<IScheduleStore>();
    private readonly IScheduleSetup _setup = Substitute.For<IScheduleSetup>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [SetUp]
    public void CurrentSeason()
    {
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now));
        _store.LoadAsync(Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(new SeasonScheduleData(0, ScheduleSettings.ForSeason(0), [], [], [], [], [], [], [], [], []));
    }

    private GenerateScheduleHandler Generate() => new(_seasons, _store, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());

    [Test]
    public async Task A_preview_stores_and_publishes_nothing()
    {
        var result = await Generate().Handle(new GenerateScheduleCommand(Commit: false), default);

        Assert.That((result.Value.Committed, result.Value.ClassesPlaced, result.Value.SessionsLowerBound), Is.EqualTo((false, 0, 0)));
        await _store.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_commit_stores_and_announces_the_schedule()
    {
        var result = await Generate().Handle(new GenerateScheduleCommand(Commit: true, Seed: 7), default);

        Assert.That(result.Value.Committed, Is.True);
        await _store.Received(1).SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Has.One.InstanceOf<ScheduleGeneratedNotification>().With.Property("Seed").EqualTo(7));
    }

    [Test]
    public async Task An_unknown_season_is_refused_before_anything_is_read()
    {
        var result = await Generate().Handle(new GenerateScheduleCommand(Commit: true, Season: "1999"), default);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("season_not_found"));
        await _store.DidNotReceive().LoadAsync(Arg.Any<int>(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_venue_needs_a_name_not_taken_and_is_announced_once_stored()
    {
        var handler = new SaveVenueHandler(_setup, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());
        _setup.VenueNameTakenAsync("Town Hall", null, Arg.Any<CancellationToken>()).Returns(true);

        var blank = await handler.Handle(new SaveVenueCommand("  "), default);
        var taken = await handler.Handle(new SaveVenueCommand(" Town Hall "), default);
        var saved = await handler.Handle(new SaveVenueCommand("Church", Address: "Church Lane"), default);

        Assert.That((blank.Errors.Single().Code, taken.Errors.Single().Code), Is.EqualTo(("required", "venue_exists")));
        Assert.That(saved.Succeeded, Is.True);
        _setup.Received(1).Add(Arg.Is<Venue>(v => v.Name == "Church" && v.Address == "Church Lane"));
        Assert.That(_mediator.Published(), Has.One.InstanceOf<ScheduleSetupChangedNotification>().With.Property("Record").EqualTo("venue"));
    }

    [Test]
    public async Task A_template_with_overlapping_times_or_too_many_sessions_adds_nothing()
    {
        var handler = new CreateSessionsFromTemplateHandler(_seasons, _setup, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());
        var day = new DateOnly(2027, 3, 6);

        var overlapping = await handler.Handle(new CreateSessionsFromTemplateCommand(day, day, [new(new TimeOnly(9, 0), new TimeOnly(12, 0)), new(new TimeOnly(11, 0), new TimeOnly(13, 0))], [1]), default);
        var huge = await handler.Handle(new CreateSessionsFromTemplateCommand(day, day.AddDays(400), [new(new TimeOnly(9, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(16, 0))], [1, 2]), default);
        var empty = await handler.Handle(new CreateSessionsFromTemplateCommand(day, day.AddDays(-1), [new(new TimeOnly(9, 0), new TimeOnly(12, 0))], [1]), default);

        Assert.That((overlapping.Errors.Single().Code, huge.Errors.Single().Code, empty.Errors.Single().Code), Is.EqualTo(("session_times", "template_too_large", "template_empty")));
        _setup.DidNotReceive().Add(Arg.Any<Session>());
        await _setup.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public void Ids_carry_their_kind_and_number()
    {
        Assert.That(ScheduleIds.Number(ScheduleIds.Session(42)), Is.EqualTo(42));
        Assert.That((ScheduleIds.IsPerson(ScheduleIds.Person(5)), ScheduleIds.IsPerson(ScheduleIds.NoAdjudicator(5)), ScheduleIds.IsSchool(ScheduleIds.School(5))), Is.EqualTo((true, false, true)));
        Assert.That(ScheduleIds.Class(1), Is.EqualTo(ScheduleIds.Class(1)));
    }
}
