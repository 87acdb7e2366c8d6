using System.Text.RegularExpressions;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Browser.Tests.Hosting;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using Festival.Testing.Scheduling;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Browser.Tests;

/// <summary>
/// The schedule from staff to families: staff generate and publish it, a visitor finds a child in the public programme,
/// and her parent sees her performances and calendar feed.
/// </summary>
public sealed class ScheduleTests : BrowserFixture
{
    private const string StaffEmail = "fran.staff@example.org";
    private const string ParentEmail = "sam.smith@example.org";

    private SampleSeason _season = null!;

    [OneTimeSetUp]
    public async Task MakeSeasonSessionsAndAccounts()
    {
        _season = await SampleSeason.CreateAsync(Server.Services);
        await SampleSchedule.CreateAsync(Server.Services, _season);
        await using var scope = Server.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var staff = await mediator.Send(new RegisterUserCommand(StaffEmail, Password, "Fran Staff"));
        Assert.That((await mediator.Send(new GrantRoleCommand(staff.Value, "FestivalStaff"))).Succeeded, Is.True);

        // Anna's parent, already linked to her (how the link is made is the online entry's journey, not this one).
        var parentAccount = await mediator.Send(new RegisterUserCommand(ParentEmail, Password, "Sam Smith"));
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var parent = new Person("Sam Smith", PersonRoles.Guardian, ProfileCode.NewRandom(), SampleSeason.At);
        parent.LinkAccount(parentAccount.Value, SampleSeason.At);
        db.People.Add(parent);
        await db.SaveChangesAsync();
        db.PersonLinks.Add(new PersonLink(parent.Id, _season.People["Anna"], PersonLinkKind.Guardian, PersonLinkStatus.Accepted, SampleSeason.At));
        await db.SaveChangesAsync();
    }

    [Test]
    public async Task Staff_generate_and_publish_the_schedule_a_visitor_finds_a_child_in_the_programme_and_her_parent_sees_her_timetable()
    {
        await SignInAsync(Page, StaffEmail);
        await Expect(Navbar(Page).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Page.GotoAsync("/Admin/Schedule");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#generation")).ToContainTextAsync("Preview: nothing saved");
        await Expect(Page.Locator("#hard-violations")).ToHaveTextAsync("0");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Generate and save" }).ClickAsync();
        await Expect(Page.Locator("#generation")).ToContainTextAsync("Saved");
        await Expect(Page.Locator("#hard-violations")).ToHaveTextAsync("0");
        var grid = Page.Locator("#schedule-grid");
        await Expect(grid.GetByRole(AriaRole.Columnheader, new() { Name = "Town Hall · Hall A" })).ToBeVisibleAsync();
        await Expect(grid.GetByRole(AriaRole.Rowheader, new() { Name = "Sat 6 Mar" })).ToBeVisibleAsync();
        await Expect(grid.Locator("g.schedule-class")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(Page, "schedule");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published version 1.");

        var visitor = await NewVisitorAsync();
        await visitor.GotoAsync("/Programme");
        var programme = visitor.Locator(".programme");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Saturday 6 March 2027" })).ToBeVisibleAsync();
        await Expect(programme).ToContainTextAsync("2105A Piano Solo, Grade 5, Baroque");
        await Expect(programme).ToContainTextAsync("Northside Choir");
        await Screenshots.SaveAsync(visitor, "programme");
        await visitor.GetByLabel("Name or class").FillAsync("Anna");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex("[?&]q=Anna"));
        await Expect(programme).ToContainTextAsync("Anna Smith");
        await Expect(programme).ToContainTextAsync("Sonata in C (Mozart)");
        await Expect(programme).Not.ToContainTextAsync("Northside Choir");

        var parent = await NewVisitorAsync();
        await SignInAsync(parent, ParentEmail);
        await Expect(Navbar(parent).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await parent.GotoAsync("/Entries/Timetable");
        var timetable = parent.Locator("#timetable");
        await Expect(timetable).ToContainTextAsync("2105A Piano Solo, Grade 5, Baroque");
        await Expect(timetable).ToContainTextAsync("Anna Smith & Cara <b>Lee</b>");
        await Expect(timetable).Not.ToContainTextAsync("Ben Jones");
        // Publishing gave Anna a feed (her timetable email carries its address), so the link is there already.
        var feedLink = parent.Locator($"#feed-{_season.People["Anna"]} a.feed-link");
        await Expect(feedLink).ToHaveAttributeAsync("href", new Regex("/timetable/[^/]+\\.ics$"));
        await Screenshots.SaveAsync(parent, "timetable");
        var feed = await parent.Context.APIRequest.GetAsync(await feedLink.GetAttributeAsync("href") ?? "");
        Assert.That(feed.Status, Is.EqualTo(200));
        Assert.That(await feed.TextAsync(), Does.StartWith("BEGIN:VCALENDAR").And.Contain("Anna Smith"));
    }
}
