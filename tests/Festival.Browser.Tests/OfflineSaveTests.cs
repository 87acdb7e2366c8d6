using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Browser.Tests.Hosting;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Browser.Tests;

/// <summary>An adjudicator types comments, the hall's wifi drops, they keep typing, it comes back: every word arrives once.</summary>
public sealed class OfflineSaveTests : BrowserFixture
{
    private ResultsSample _sample = null!;

    [OneTimeSetUp]
    public async Task MakeSessions()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var season = await SampleSeason.CreateAsync(Server.Services);
        var judge = await mediator.Send(new RegisterUserCommand("jo.judge@example.org", Password, "Jo Judge"));
        var other = await mediator.Send(new RegisterUserCommand("max.marker@example.org", Password, null));
        Assert.That((await mediator.Send(new GrantRoleCommand(judge.Value, "Adjudicator"))).Succeeded, Is.True);
        _sample = await ResultsSample.CreateAsync(Server.Services, season, judge.Value, other.Value);
    }

    [Test]
    public async Task Comments_typed_offline_are_kept_in_the_browser_and_arrive_once_when_the_connection_is_back()
    {
        var anna = _sample.Entries["2105A Anna"];
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync("jo.judge@example.org");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.GotoAsync($"/Adjudicate/Session/{_sample.SessionId}");
        var comments = Page.Locator($"#comments-{anna}");
        var status = Page.Locator($"#entry-{anna} .save-status");

        await Page.Locator($"#mark-{anna}").FillAsync("88");
        await comments.PressSequentiallyAsync("Warm tone");
        await Expect(status).ToContainTextAsync("Saved (version");
        await Page.Context.SetOfflineAsync(true);
        await comments.PressSequentiallyAsync(", clear phrasing");
        await Expect(status).ToContainTextAsync("kept on this device");
        await Page.Context.SetOfflineAsync(false);
        await Expect(status).ToContainTextAsync("Saved (version");
        await Screenshots.SaveAsync(Page, "adjudicate");

        await using var scope = Server.Services.CreateAsyncScope();
        var kept = await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().EntryResults.AsNoTracking().SingleAsync(r => r.EntryId == anna);
        Assert.That((kept.Mark, kept.Comments), Is.EqualTo(("88", "Warm tone, clear phrasing")));
        Assert.That(await Page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('festival.result.')).length"), Is.Zero);
    }
}
