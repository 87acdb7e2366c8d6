using Festival.Application.Seasons;
using Festival.Application.Seasons.Fees;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Seasons;

public sealed class SetSeasonFeesHandlerTests
{
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly Season _season = new("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now);

    private SetSeasonFeesHandler Handler()
    {
        _season.MakeCurrent();
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(_season);
        return new(_seasons, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());
    }

    [Test]
    public async Task Staff_set_a_registration_fee_and_a_discount_which_are_saved_and_announced()
    {
        var fees = new SeasonFees(1500, RegistrationFeeBasis.PerPayer, EntryDiscountKind.Amount, 500, 3);

        var result = await Handler().Handle(new SetSeasonFeesCommand(fees), default);

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(_season.Fees, Is.EqualTo(fees));
        await _seasons.Received(1).SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Has.One.InstanceOf<SeasonFeesChangedNotification>().With.Property("Fees").EqualTo(fees));
    }

    [Test]
    public async Task Settings_that_make_no_sense_are_refused_field_by_field_and_nothing_changes()
    {
        var fees = new SeasonFees(-5, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.Percent, 150, 0);

        var result = await Handler().Handle(new SetSeasonFeesCommand(fees), default);

        Assert.That(result.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "RegistrationFeeCents", "DiscountValue", "DiscountFromEntry" }));
        Assert.That(_season.Fees, Is.EqualTo(SeasonFees.None));
        await _seasons.DidNotReceiveWithAnyArgs().SaveAsync(default);
        Assert.That(_mediator.Published(), Is.Empty);
    }
}
