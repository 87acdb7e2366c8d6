using Festival.Application.People.Managed;
using Festival.Application.Scheduling.Timetable;
using Festival.Domain.Scheduling;
using Ical.Net;

namespace Festival.Application.Tests.Scheduling;

/// <summary>The timetable feed's token command and the iCalendar it writes, in isolation.</summary>
public sealed class TimetableTests
{
    private readonly ITimetableFeeds _feeds = Substitute.For<ITimetableFeeds>();
    private readonly IManagedPeople _managed = Substitute.For<IManagedPeople>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private RenewTimetableFeedHandler Handler() => new(_feeds, _managed, _mediator, Fakes.Clock());

    [Test]
    public async Task Someone_elses_person_gets_no_token_and_nothing_is_stored()
    {
        _managed.ManagesAsync("user", 7, Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new RenewTimetableFeedCommand("user", 7), default);

        Assert.That(result.Errors.Single().Kind, Is.EqualTo(ErrorKind.NotFound));
        _feeds.DidNotReceive().Add(Arg.Any<TimetableFeed>());
        await _feeds.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_first_feed_gets_a_long_random_token_and_a_second_replaces_it()
    {
        _managed.ManagesAsync("user", 7, Arg.Any<CancellationToken>()).Returns(true);
        TimetableFeed? stored = null;
        _feeds.When(f => f.Add(Arg.Any<TimetableFeed>())).Do(call => stored = call.Arg<TimetableFeed>());

        var first = await Handler().Handle(new RenewTimetableFeedCommand("user", 7), default);
        _feeds.ForPeopleAsync(Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<CancellationToken>()).Returns([stored!]);
        var second = await Handler().Handle(new RenewTimetableFeedCommand("user", 7), default);

        Assert.That(first.Value, Has.Length.EqualTo(TimetableFeed.TokenLength).And.Match("^[A-Za-z0-9_-]+$"));
        Assert.That(second.Value, Is.Not.EqualTo(first.Value));
        Assert.That((stored!.PersonId, stored.Token), Is.EqualTo((7, second.Value)), "the one feed row now holds the new token");
        _feeds.Received(1).Add(Arg.Any<TimetableFeed>());
        await _feeds.Received(2).SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published().OfType<TimetableFeedRenewedNotification>().Select(n => n.Replaced), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void The_calendar_parses_back_with_one_event_per_line_at_the_venue_and_time()
    {
        TimetableLine[] lines =
        [
            new("entry-4", new DateOnly(2027, 3, 6), new TimeOnly(9, 0), new TimeOnly(9, 40), "Town Hall", "Hall A", "2105A Piano Solo", "Anna Smith", "Performer"),
            new("session-2", new DateOnly(2027, 3, 7), new TimeOnly(13, 30), new TimeOnly(16, 30), "Church", "Nave", "1010 Song", string.Empty, "Adjudicator"),
        ];

        var calendar = Calendar.Load(TimetableCalendar.Write("Riverside Festival", "Anna Smith", lines, Fakes.Now))!;

        var events = calendar.Events.OrderBy(e => e.DtStart).ToArray();
        Assert.That(events.Select(e => e.Uid), Is.EqualTo(new[] { "entry-4@festival", "session-2@festival" }));
        Assert.That(events.Select(e => e.Summary), Is.EqualTo(new[] { "2105A Piano Solo: Anna Smith", "Adjudicator: 1010 Song" }));
        Assert.That(events.Select(e => e.Location), Is.EqualTo(new[] { "Town Hall, Hall A", "Church, Nave" }));
        Assert.That(events[0].DtStart!.Value, Is.EqualTo(new DateTime(2027, 3, 6, 9, 0, 0)));
        Assert.That(events[0].DtEnd!.Value, Is.EqualTo(new DateTime(2027, 3, 6, 9, 40, 0)));
        Assert.That(events[1].DtStart!.Value, Is.EqualTo(new DateTime(2027, 3, 7, 13, 30, 0)));
    }
}
