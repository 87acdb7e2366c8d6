using Festival.Application.Accounts.Register;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Submit;
using Festival.Application.People.Managed;
using Festival.Application.Seasons.Create;
using Festival.Domain.Syllabus;

namespace Festival.Infrastructure.Tests.Entries;

/// <summary>Submitting a basket on a real SQLite file, twice at the same moment (a double click that reaches two requests).</summary>
public sealed class SubmitRaceTests
{
    [Test]
    public async Task Two_submissions_of_one_basket_at_once_make_one_set_of_entries_and_one_invoice()
    {
        await using var app = await FestivalApp.StartAsync();
        var season = await app.Send(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: DateTimeOffset.UtcNow.AddDays(10)));
        var classId = await app.Db(async db =>
        {
            var festivalClass = new FestivalClass(season.Value.SeasonId, 2105, "", "Piano Solo", DateTimeOffset.UtcNow);
            festivalClass.Update(new ClassDetails("Piano Solo", "Piano", "Junior", ClassType.Solo, 20m, 240, 60, null, null, null), DateTimeOffset.UtcNow);
            db.Classes.Add(festivalClass);
            await db.SaveChangesAsync();
            return festivalClass.Id;
        });
        var user = await app.Send(new RegisterUserCommand("race.parent@example.org", "Festival-2026", "Race Parent"));
        var child = await app.Send(new AddManagedPersonCommand(user.Value, Relationship.Child, "Kim Race", new DateOnly(2016, 1, 1)));
        var added = await app.Send(new AddToBasketCommand(user.Value, new EntryDraft(classId, [child.Value], [new PieceDraft("Minuet", "Bach", "2:00")])));
        Assert.That(added.Succeeded, Is.True, added.ToString());

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => app.Send(new SubmitEntriesCommand(user.Value)))));

        Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1));
        Assert.That(results.Single(r => !r.Succeeded).Errors.Single().Code, Is.EqualTo("basket_empty"));
        Assert.That(await app.Db(db => db.Entries.CountAsync()), Is.EqualTo(1));
        Assert.That(await app.Db(db => db.Invoices.Select(i => i.Number).ToListAsync()), Is.EqualTo(new[] { 1 }));
        Assert.That(await app.Db(db => db.BasketItems.CountAsync()), Is.Zero);
    }
}
