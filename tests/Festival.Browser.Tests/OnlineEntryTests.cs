using System.Text.RegularExpressions;
using Festival.Application.Seasons.Create;
using Festival.Browser.Tests.Hosting;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Browser.Tests;

/// <summary>A parent, from sign-up to invoice, entering a child in a class through the real pages in Chromium.</summary>
public sealed class OnlineEntryTests : BrowserFixture
{
    [OneTimeSetUp]
    public async Task MakeSeason()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var season = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: DateTimeOffset.UtcNow.AddDays(30)));
        Assert.That(season.Succeeded, Is.True, season.ToString());
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var now = DateTimeOffset.UtcNow;
        foreach (var (number, name, type, min, max, fee) in new[]
                 {
                     (2105, "Piano Solo, 10 years and under", ClassType.Solo, (int?)null, (int?)10, 20m),
                     (2110, "Piano Solo, 14 years and under", ClassType.Solo, null, 14, 22m),
                     (2301, "Piano Duet, open", ClassType.Duet, null, null, 30m),
                     (1010, "Vocal Solo, 8 years and under", ClassType.Solo, null, 8, 18m),
                 })
        {
            var festivalClass = new FestivalClass(season.Value.SeasonId, number, "", name, now);
            festivalClass.Update(new ClassDetails(name, number < 2000 ? "Vocal" : "Piano", "Junior", type, fee, 240, 60, min, max, 240), now);
            db.Classes.Add(festivalClass);
        }

        await db.SaveChangesAsync();
    }

    [Test]
    public async Task A_parent_signs_up_adds_a_child_enters_a_class_that_fits_submits_and_sees_the_invoice()
    {
        await Page.GotoAsync("/Syllabus");
        await Expect(Page.Locator("#class-count")).ToHaveTextAsync("4 classes");
        await Screenshots.SaveAsync(Page, "syllabus");

        await Page.GotoAsync("/Account/Register");
        await Page.GetByLabel("Email").FillAsync("parent@example.org");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Repeat the password").FillAsync(Password);
        await Page.GetByLabel("Display name (optional)").FillAsync("Rosa Parent");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/Account"));

        await Navbar(Page).GetByRole(AriaRole.Link, new() { Name = "Entries" }).ClickAsync();
        await Page.GetByLabel("Who is this?").SelectOptionAsync("Child");
        await Page.GetByLabel("Full name", new() { Exact = true }).FillAsync("Lucia Parent");
        await Page.GetByLabel("Date of birth").FillAsync("2017-05-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#my-people")).ToContainTextAsync("Lucia Parent");
        await Expect(Page.Locator("#my-people")).ToContainTextAsync("Rosa Parent");
        await Screenshots.SaveAsync(Page, "entries-people");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Enter a class" }).ClickAsync();
        await Page.GetByLabel("Lucia Parent").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show classes that fit" }).ClickAsync();
        await Expect(Page.Locator("#class-count")).ToHaveTextAsync("2 classes fit");
        await Expect(Page.Locator("#classes")).Not.ToContainTextAsync("Duet");
        await Expect(Page.Locator("#classes")).Not.ToContainTextAsync("8 years and under");
        await Screenshots.SaveAsync(Page, "entries-classes");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Enter class 2105" }).ClickAsync();
        await Page.GetByLabel("Piece 1 title").FillAsync("Minuet in G");
        await Page.Locator("#piece-composer-0").FillAsync("Petzold");
        await Page.Locator("#piece-duration-0").FillAsync("1:40");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to basket" }).ClickAsync();
        await Expect(Page.Locator("#basket-items")).ToContainTextAsync("2105");
        await Expect(Page.Locator("#basket-total")).ToHaveTextAsync("20.00");
        await Screenshots.SaveAsync(Page, "entries-basket");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit entries" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 entry was submitted");
        await Expect(Page.Locator("#entry-list")).ToContainTextAsync("Minuet in G");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Your invoice" }).ClickAsync();
        await Expect(Page.Locator("#invoice-total")).ToHaveTextAsync("20.00");
        await Expect(Page.Locator("#invoice")).ToContainTextAsync(new Regex("invoice 2027-000\\d"));
        await Screenshots.SaveAsync(Page, "entries-invoice");
    }
}
