using Festival.Application.People.Consent;
using Festival.Application.People.Managed;
using Festival.Application.Seasons;
using Festival.Domain.People;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.People;

public sealed class MediaConsentHandlerTests
{
    private readonly IManagedPeople _managed = Substitute.For<IManagedPeople>();
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IMediaConsents _consents = Substitute.For<IMediaConsents>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private SetMediaConsentHandler Handler() => new(_managed, _seasons, _consents, _mediator, Fakes.Clock());

    [SetUp]
    public void Festival()
    {
        _managed.FindAsync(7, Arg.Any<CancellationToken>()).Returns(new Person("Mia", PersonRoles.Participant, "P-22222", Fakes.Now));
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now));
    }

    [Test]
    public async Task Someone_who_does_not_answer_for_the_person_gets_not_found_and_nothing_is_recorded()
    {
        // A linked teacher enters the student but does not answer for them.
        _managed.AnswersForAsync("teacher", 7, Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new SetMediaConsentCommand("teacher", 7, Granted: true), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("person_not_found"));
        _consents.DidNotReceiveWithAnyArgs().Add(default!);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_guardian_answers_for_the_current_season_and_a_second_answer_changes_the_first()
    {
        _managed.AnswersForAsync("guardian", 7, Arg.Any<CancellationToken>()).Returns(true);
        MediaConsent? stored = null;
        _consents.When(c => c.Add(Arg.Any<MediaConsent>())).Do(call => stored = call.Arg<MediaConsent>());

        var first = await Handler().Handle(new SetMediaConsentCommand("guardian", 7, Granted: true), CancellationToken.None);
        _consents.FindAsync(Arg.Any<int>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(stored);
        var second = await Handler().Handle(new SetMediaConsentCommand("guardian", 7, Granted: false), CancellationToken.None);

        Assert.That(first.Value, Is.EqualTo(new MediaConsentView("2027", true, Fakes.Now)));
        Assert.That(second.Value.Granted, Is.False);
        _consents.Received(1).Add(Arg.Any<MediaConsent>());
        Assert.That(stored!.Granted, Is.False, "the season's one answer, changed in place");
        Assert.That(_mediator.Published().OfType<MediaConsentChangedNotification>().Select(n => n.Granted), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public async Task Staff_record_an_answer_given_on_paper_without_a_link()
    {
        var result = await Handler().Handle(new SetMediaConsentCommand("office", 7, Granted: true, AsStaff: true), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published().OfType<MediaConsentChangedNotification>().Single().ByStaff, Is.True);
        await _managed.DidNotReceiveWithAnyArgs().AnswersForAsync(default!, default, default);
    }
}
