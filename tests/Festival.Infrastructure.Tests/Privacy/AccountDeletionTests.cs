using Festival.Application.Accounts.Data;
using Festival.Application.Accounts.Delete;
using Festival.Application.Accounts.Register;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Submit;
using Festival.Application.Invoices;
using Festival.Application.People.Managed;
using Festival.Application.Seasons.Create;
using Festival.Domain.Entries;
using Festival.Domain.Invoices;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Infrastructure.Tests.Privacy;

/// <summary>
/// Deleting an account on a real SQLite file: the login is emptied, people are anonymized, kept for a running season or
/// left to another guardian, invoices keep their numbers and payments, and a refused request changes nothing.
/// </summary>
public sealed class AccountDeletionTests
{
    private const string Email = "leaving@example.org";
    private FestivalApp _app = null!;
    private string _userId = null!;
    private Dictionary<string, int> _people = null!;
    private int _pastEntryId;

    [SetUp]
    public async Task Family()
    {
        _app = await FestivalApp.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var (pastSeason, pastClass) = await _app.Db(async db =>
        {
            var season = new Season("2025", "Festival", new DateOnly(2025, 1, 1), now.AddYears(-2));
            season.SetDates(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), null, now.AddYears(-2));
            db.Seasons.Add(season);
            await db.SaveChangesAsync();
            var festivalClass = new FestivalClass(season.Id, 2105, "", "Piano Solo", now);
            db.Classes.Add(festivalClass);
            await db.SaveChangesAsync();
            return (season.Id, festivalClass.Id);
        });
        await _app.Send(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: now.AddDays(10)));
        var classId = await _app.Db(async db =>
        {
            var seasonId = await db.Seasons.Where(s => s.Name == "2027").Select(s => s.Id).SingleAsync();
            var festivalClass = new FestivalClass(seasonId, 2105, "", "Piano Solo", now);
            festivalClass.Update(new ClassDetails("Piano Solo", "Piano", "Junior", ClassType.Solo, 20m, 240, 60, null, null, null), now);
            db.Classes.Add(festivalClass);
            await db.SaveChangesAsync();
            return festivalClass.Id;
        });

        _userId = (await _app.Send(new RegisterUserCommand(Email, "Festival-2026", "Leaving Parent"))).Value;
        var other = (await _app.Send(new RegisterUserCommand("other.guardian@example.org", "Festival-2026", "Other Guardian"))).Value;
        _people = new();
        foreach (var name in new[] { "Ana Running", "Ben Past", "Cleo Shared" })
        {
            _people[name] = (await _app.Send(new AddManagedPersonCommand(_userId, Relationship.Child, name, new DateOnly(2016, 1, 1), PublishName: true))).Value;
        }

        await _app.Send(new AddManagedPersonCommand(other, Relationship.Myself, "Other Guardian", null));
        _people["self"] = await _app.Db(db => db.People.Where(p => p.UserId == _userId).Select(p => p.Id).SingleAsync());
        _people["other"] = await _app.Db(db => db.People.Where(p => p.UserId == other).Select(p => p.Id).SingleAsync());
        _pastEntryId = await _app.Db(async db =>
        {
            db.PersonLinks.Add(new PersonLink(_people["other"], _people["Cleo Shared"], PersonLinkKind.Guardian, PersonLinkStatus.Accepted, now));
            var past = Entry.ForPeople(pastSeason, pastClass, [_people["Ben Past"]], 15m, now.AddYears(-2));
            db.Entries.Add(past);
            await db.SaveChangesAsync();
            return past.Id;
        });

        Assert.That((await _app.Send(new AddToBasketCommand(_userId, new EntryDraft(classId, [_people["Ana Running"]], [new PieceDraft("Minuet", "Bach", "2:00")])))).Succeeded, Is.True);
        Assert.That((await _app.Send(new SubmitEntriesCommand(_userId))).Succeeded, Is.True);
        var number = await _app.Db(db => db.Invoices.Where(i => i.PayerUserId == _userId).Select(i => i.Number).SingleAsync());
        Assert.That((await _app.Send(new RecordPaymentCommand(number, 1000, PaymentMethod.Cash, "R-9", new DateOnly(2027, 1, 5)))).Succeeded, Is.True);
    }

    [TearDown]
    public Task Stop() => _app.DisposeAsync().AsTask();

    private Task<Person> PersonAsync(string key) => _app.Db(db => db.People.AsNoTracking().SingleAsync(p => p.Id == _people[key]));

    [Test]
    public async Task Deleting_anonymizes_or_keeps_each_person_by_the_rule_and_invoices_keep_their_numbers_and_payments()
    {
        var invoiceBefore = await _app.Db(db => db.Invoices.AsNoTracking().Where(i => i.PayerUserId == _userId).Select(i => new { i.Id, i.Number, Payments = i.Payments.Count }).SingleAsync());

        var deleted = await _app.Send(new DeleteAccountCommand(_userId, " LEAVING@example.org "));

        Assert.That(deleted.Succeeded, Is.True, deleted.ToString());
        Assert.That((deleted.Value.PeopleAnonymized, deleted.Value.PeopleKept, deleted.Value.PeopleLeftToOthers), Is.EqualTo((2, 1, 1)), "self and Ben; Ana; Cleo");
        var ana = await PersonAsync("Ana Running");
        var ben = await PersonAsync("Ben Past");
        var cleo = await PersonAsync("Cleo Shared");
        var self = await PersonAsync("self");
        Assert.That(ana.Name, Is.EqualTo("Ana Running"), "her season is still running");
        Assert.That((ben.Name, ben.BirthDate, self.Name, self.UserId), Is.EqualTo((Person.AnonymousName, (DateOnly?)null, Person.AnonymousName, (string?)null)));
        Assert.That(cleo.Name, Is.EqualTo("Cleo Shared"));
        Assert.That(await _app.Db(db => db.PersonLinks.Where(l => l.PersonId == _people["self"] || l.OtherPersonId == _people["Ben Past"]).CountAsync()), Is.Zero);
        Assert.That(await _app.Db(db => db.PersonLinks.CountAsync(l => l.PersonId == _people["other"] && l.OtherPersonId == _people["Cleo Shared"])), Is.EqualTo(1), "the other guardian keeps Cleo");
        Assert.That(await _app.Db(db => db.Entries.AnyAsync(e => e.Id == _pastEntryId)), Is.True, "past results stay, without the name");

        var invoiceAfter = await _app.Db(db => db.Invoices.AsNoTracking().Where(i => i.Id == invoiceBefore.Id).Select(i => new { i.Id, i.Number, Payments = i.Payments.Count }).SingleAsync());
        Assert.That(invoiceAfter, Is.EqualTo(invoiceBefore));
        var user = await _app.Db(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == _userId));
        Assert.That((user.Email, user.PasswordHash, user.DeactivatedAt is not null), Is.EqualTo(($"deleted-{_userId}@deleted.invalid", (string?)null, true)));
        Assert.That(await _app.Db(db => db.Profiles.AnyAsync(p => p.UserId == _userId)), Is.False);
        Assert.That(await _app.Db(db => db.AuditEvents.AnyAsync(e => e.Type == "AccountDeleted" && e.SubjectUserId == _userId)), Is.True);
        Assert.That((await _app.Send(new RegisterUserCommand(Email, "Festival-2026", null))).Succeeded, Is.True, "the address is free again");
    }

    [Test]
    public async Task A_deletion_with_the_wrong_confirmation_is_refused_and_changes_nothing()
    {
        var refused = await _app.Send(new DeleteAccountCommand(_userId, "someone@example.org"));

        Assert.That(refused.Errors.Single().Code, Is.EqualTo("confirmation_mismatch"));
        Assert.That((await PersonAsync("Ben Past")).Name, Is.EqualTo("Ben Past"));
        Assert.That(await _app.Db(db => db.Users.Where(u => u.Id == _userId).Select(u => u.Email).SingleAsync()), Is.EqualTo(Email));
        Assert.That(await _app.Db(db => db.PersonLinks.CountAsync(l => l.PersonId == _people["self"])), Is.EqualTo(3));
    }

    private sealed class FailingReaction : INotificationHandler<AccountDeletedNotification>
    {
        public Task Handle(AccountDeletedNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A reaction failed after the erasure.");
    }

    [Test]
    public async Task A_deletion_that_fails_part_way_leaves_nothing_half_deleted()
    {
        await using var failing = FestivalTestServices.Create(_app.Database, s => s.AddScoped<INotificationHandler<AccountDeletedNotification>, FailingReaction>());
        await using var scope = failing.CreateAsyncScope();

        Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DeleteAccountCommand(_userId, Email)));

        Assert.That(await _app.Db(db => db.Users.Where(u => u.Id == _userId).Select(u => u.Email).SingleAsync()), Is.EqualTo(Email));
        Assert.That(await _app.Db(db => db.Profiles.AnyAsync(p => p.UserId == _userId)), Is.True);
        Assert.That((await PersonAsync("Ben Past")).Name, Is.EqualTo("Ben Past"));
        Assert.That((await PersonAsync("self")).UserId, Is.EqualTo(_userId));
        Assert.That(await _app.Db(db => db.PersonLinks.CountAsync(l => l.PersonId == _people["self"])), Is.EqualTo(3));
        Assert.That(await _app.Db(db => db.UserRoles.CountAsync(r => r.UserId == _userId)), Is.EqualTo(1), "the roles deleted in bulk came back too");
    }

    [Test]
    public async Task The_export_holds_the_profile_the_people_managed_their_entries_and_the_invoices_with_payments()
    {
        var export = await _app.Send(new ExportAccountDataQuery(_userId));

        Assert.That(export.Succeeded, Is.True, export.ToString());
        var data = export.Value;
        Assert.That((data.Account.Email, data.Account.DisplayName), Is.EqualTo((Email, "Leaving Parent")));
        Assert.That(data.People.Select(p => (p.Relationship, p.Name)), Is.EquivalentTo(new[]
        {
            ("Myself", "Leaving Parent"), ("Child", "Ana Running"), ("Child", "Ben Past"), ("Child", "Cleo Shared"),
        }));
        Assert.That(data.People.Where(p => p.Relationship == "Child").Select(p => p.NameConsentAt), Is.All.Not.Null);
        Assert.That(data.Entries.Select(s => (s.Season, s.Entries.Count)), Is.EquivalentTo(new[] { ("2025", 1), ("2027", 1) }));
        Assert.That(data.Invoices.Single().Payments.Single().Reference, Is.EqualTo("R-9"));
        Assert.That(data.People.Select(p => p.Name), Does.Not.Contain("Other Guardian"));
    }
}
