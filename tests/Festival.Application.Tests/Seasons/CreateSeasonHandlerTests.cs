using Festival.Application.Seasons;
using Festival.Application.Seasons.Create;
using Festival.Domain.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Tests.Seasons;

public sealed class CreateSeasonHandlerTests
{
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private CreateSeasonHandler Handler() =>
        new(_seasons, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock(), Options.Create(new SeasonOptions { FestivalName = "Riverside Festival" }));

    [Test]
    public async Task The_first_season_becomes_current_counts_ages_on_1_January_of_its_year_and_is_announced()
    {
        var result = await Handler().Handle(new CreateSeasonCommand("2027", MakeCurrent: false), default);

        Assert.That(result.Succeeded, Is.True);
        await _seasons.Received(1).AddAsync(Arg.Is<Season>(s => s.IsCurrent && s.AgeDate == new DateOnly(2027, 1, 1) && s.FestivalName == "Riverside Festival"), Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Has.One.InstanceOf<SeasonStartedNotification>().With.Property("Name").EqualTo("2027"));
    }

    [Test]
    public async Task A_new_current_season_retires_the_old_one_before_it_is_stored()
    {
        var old = new Season("2026", "Riverside Festival", new DateOnly(2026, 1, 1), Fakes.Now);
        old.MakeCurrent();
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(old);

        await Handler().Handle(new CreateSeasonCommand("2027"), default);

        Assert.That(old.IsCurrent, Is.False);
        Received.InOrder(() =>
        {
            _seasons.SaveAsync(Arg.Any<CancellationToken>());
            _seasons.AddAsync(Arg.Any<Season>(), Arg.Any<CancellationToken>());
        });
    }

    [Test]
    public async Task A_taken_name_is_refused_and_nothing_is_stored_or_published()
    {
        _seasons.FindAsync("2027", Arg.Any<CancellationToken>()).Returns(new Season("2027", "F", new DateOnly(2027, 1, 1), Fakes.Now));

        var result = await Handler().Handle(new CreateSeasonCommand("2027"), default);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("season_exists"));
        await _seasons.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }
}
