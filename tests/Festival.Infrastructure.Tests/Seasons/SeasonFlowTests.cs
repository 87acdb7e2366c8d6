using Festival.Application.Accounts.ConfirmEmail;
using Festival.Application.Accounts.Register;
using Festival.Application.Audit;
using Festival.Application.Seasons;
using Festival.Application.Seasons.Create;
using Festival.Application.Seasons.List;
using Festival.Application.Seasons.Use;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Syllabus;

namespace Festival.Infrastructure.Tests.Seasons;

/// <summary>Seasons, the syllabus copy, entry identity and account linking on a real SQLite file.</summary>
public sealed class SeasonFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);
    private FestivalApp _app = null!;

    [SetUp]
    public async Task SetUp() => _app = await FestivalApp.StartAsync();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<T> Send<T>(IRequest<T> request) => _app.Send(request);

    private Task<T> Db<T>(Func<FestivalDbContext, Task<T>> work) => _app.Db(work);

    [Test]
    public async Task A_new_season_copies_the_syllabus_of_another_becomes_current_and_leaves_the_old_one_readable()
    {
        var first = await Send(new CreateSeasonCommand("2026", new DateOnly(2026, 1, 1)));
        await Db(async db =>
        {
            db.Classes.Add(new FestivalClass(first.Value.SeasonId, 2105, "A", "Piano Solo, Grade 5, Baroque", Now));
            db.Classes.Add(new FestivalClass(first.Value.SeasonId, 1010, "", "Vocal Solo, 8 years and under", Now));
            return await db.SaveChangesAsync();
        });

        var second = await Send(new CreateSeasonCommand("2027", CopySyllabusFrom: "2026"));

        Assert.That(second.Succeeded, Is.True, second.ToString());
        Assert.That(second.Value.ClassesCopied, Is.EqualTo(2));
        var seasons = await Send(new ListSeasonsQuery());
        Assert.That(seasons.Select(s => (s.Name, s.IsCurrent, s.Classes)), Is.EqualTo(new[] { ("2027", true, 2), ("2026", false, 2) }));
        Assert.That(seasons[0].AgeDate, Is.EqualTo(new DateOnly(2027, 1, 1)), "a season named after a year counts ages on 1 January of that year");
        var audit = await Db(db => db.AuditEvents.Where(e => e.Type == AuditEventTypes.SeasonStarted).CountAsync());
        Assert.That(audit, Is.EqualTo(2));
    }

    [Test]
    public async Task Using_a_season_makes_it_the_only_current_one()
    {
        await Send(new CreateSeasonCommand("2026"));
        await Send(new CreateSeasonCommand("2027"));

        var used = await Send(new UseSeasonCommand("2026"));
        var unknown = await Send(new UseSeasonCommand("1999"));

        Assert.That(used.Succeeded, Is.True);
        Assert.That(unknown.Errors.Single().Code, Is.EqualTo("season_not_found"));
        Assert.That(await Db(db => db.Seasons.Where(s => s.IsCurrent).Select(s => s.Name).ToListAsync()), Is.EqualTo(new[] { "2026" }));
    }

    [Test]
    public async Task A_taken_season_name_or_an_unknown_source_is_refused_and_nothing_is_written()
    {
        await Send(new CreateSeasonCommand("2026"));

        var taken = await Send(new CreateSeasonCommand(" 2026 "));
        var unknownSource = await Send(new CreateSeasonCommand("2028", CopySyllabusFrom: "1999"));

        Assert.That(taken.Errors.Single().Code, Is.EqualTo("season_exists"));
        Assert.That(unknownSource.Errors.Single().Code, Is.EqualTo("season_not_found"));
        Assert.That(await Db(db => db.Seasons.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_performers_in_the_same_class_cannot_be_stored_twice()
    {
        var season = (await Send(new CreateSeasonCommand("2027"))).Value.SeasonId;
        var (classId, a, b) = await Db(async db =>
        {
            var duet = new FestivalClass(season, 2201, "", "Piano Duet", Now);
            var ann = new Person("Ann Lee", PersonRoles.Participant, "P-AAAAA", Now);
            var bob = new Person("Bob Lee", PersonRoles.Participant, "P-BBBBB", Now);
            db.AddRange(duet, ann, bob);
            await db.SaveChangesAsync();
            return (duet.Id, ann.Id, bob.Id);
        });

        await Db(db =>
        {
            db.Entries.Add(Entry.ForPeople(season, classId, [a, b], 20m, Now));
            return db.SaveChangesAsync();
        });

        // The same two people named in the other order are the same entry.
        Assert.That(async () => await Db(db =>
        {
            db.Entries.Add(Entry.ForPeople(season, classId, [b, a], 20m, Now));
            return db.SaveChangesAsync();
        }), Throws.InstanceOf<DbUpdateException>());
    }

    [Test]
    public async Task Registering_with_an_email_that_imported_records_carry_links_the_adult_and_asks_confirmation_before_managing_minors()
    {
        await Db(db =>
        {
            var mother = new Person("Mia Novak", PersonRoles.Teacher, "P-CCCCC", Now);
            mother.Complete("Mia.Novak@Example.org", null, new DateOnly(1985, 4, 2), null, Now);
            var child = new Person("Tom Novak", PersonRoles.Participant, "P-DDDDD", Now);
            child.Complete("mia.novak@example.org", null, new DateOnly(2016, 6, 1), null, Now);
            db.AddRange(mother, child);
            return db.SaveChangesAsync();
        });

        var registered = await Send(new RegisterUserCommand("mia.novak@example.org", "Festival-2026", "Mia"));

        Assert.That(registered.Succeeded, Is.True, registered.ToString());
        var mother = await Db(db => db.People.SingleAsync(p => p.Name == "Mia Novak"));
        Assert.That(mother.UserId, Is.EqualTo(registered.Value));
        Assert.That(mother.Roles.HasFlag(PersonRoles.Guardian), Is.True);
        var link = await Db(db => db.PersonLinks.SingleAsync());
        Assert.That((link.PersonId, link.Kind, link.Status), Is.EqualTo((mother.Id, PersonLinkKind.Guardian, PersonLinkStatus.Pending)));

        await _app.Publish(new EmailConfirmedNotification(registered.Value, "mia.novak@example.org", Now));

        Assert.That((await Db(db => db.PersonLinks.SingleAsync())).Status, Is.EqualTo(PersonLinkStatus.Accepted));
    }

    [Test]
    public async Task Registering_with_an_email_only_a_child_carries_creates_the_guardian_as_a_person_of_their_own()
    {
        await Db(db =>
        {
            var child = new Person("Ana Ruiz", PersonRoles.Participant, "P-EEEEE", Now);
            child.Complete("ruiz.family@example.org", null, new DateOnly(2015, 1, 1), null, Now);
            db.Add(child);
            return db.SaveChangesAsync();
        });

        var registered = await Send(new RegisterUserCommand("ruiz.family@example.org", "Festival-2026", "Carmen Ruiz"));

        var people = await Db(db => db.People.OrderBy(p => p.Id).ToListAsync());
        Assert.That(people.Select(p => (p.Name, p.UserId)), Is.EqualTo(new[] { ("Ana Ruiz", (string?)null), ("Carmen Ruiz", registered.Value) }));
        Assert.That(people[1].ProfileCode, Does.Match("^P-[2-9A-Z]{5}$"));
    }
}
