using System.Data.Common;
using Festival.Application.Results.Publish;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Profiles;
using Festival.Domain.Results;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Infrastructure.Tests.Results;

/// <summary>
/// <c>results publish</c> holds the write lock while its reaction finds every family and teacher: on a real SQLite file,
/// the queries that look up recipients must not grow with the number of entries published.
/// </summary>
public sealed class PublishRecipientLookupTests
{
    private readonly LookupCounter _lookups = new();
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync(configure: s => s.ConfigureDbContext<SqliteFestivalDbContext>(o => o.AddInterceptors(_lookups)));
        _season = await SampleSeason.CreateAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task Publishing_twice_as_many_entries_sends_no_more_recipient_lookups_and_emails_every_family_and_teacher()
    {
        var (few, fewEmails) = await PublishClassAsync(9001, entries: 6);
        var (many, manyEmails) = await PublishClassAsync(9002, entries: 12);

        await TestContext.Out.WriteLineAsync($"recipient lookups: {few} for 6 entries, {many} for 12");
        Assert.That(many, Is.LessThanOrEqualTo(few), "the lookups are batched, not one or two per entry");
        // Each entry: its performer and the performer's guardian; the submitting family's account and the teacher once per class.
        Assert.That(fewEmails, Is.EqualTo((6 * 2) + 2));
        Assert.That(manyEmails, Is.EqualTo((12 * 2) + 2));
    }

    [Test]
    public async Task The_batch_lookups_answer_exactly_what_the_one_person_lookups_do()
    {
        await PublishClassAsync(9003, entries: 3);
        await _app.Db(async db =>
        {
            // Beside the sample's people: a pending guardian (not asked), a guardian without an account, a person with neither.
            var ids = await db.People.Select(p => p.Id).ToListAsync();
            var lonely = new Person("Nobody Bench", PersonRoles.Participant, ProfileCode.NewRandom(), SampleSeason.At);
            db.People.Add(lonely);
            var pending = PersonWithAccount(db, "pending9003", PersonRoles.Guardian);
            await db.SaveChangesAsync();
            db.PersonLinks.Add(new PersonLink(pending.Id, ids[0], PersonLinkKind.Guardian, PersonLinkStatus.Pending, SampleSeason.At));
            var noAccount = new PersonLink(lonely.Id, ids[1], PersonLinkKind.Guardian, PersonLinkStatus.Pending, SampleSeason.At);
            noAccount.Accept();
            db.PersonLinks.Add(noAccount);
            await db.SaveChangesAsync();
            return ids.Append(lonely.Id).ToList();
        });

        await using var scope = _app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<Festival.Application.People.Managed.IManagedPeople>();
        var profiles = scope.ServiceProvider.GetRequiredService<Festival.Application.Profiles.IProfiles>();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var personIds = await db.People.Select(p => p.Id).ToListAsync();
        var userIds = await db.Users.Select(u => u.Id).ToListAsync();

        var many = await people.AccountEmailsForManyAsync([.. personIds, 999_999], CancellationToken.None);
        var primary = await profiles.PrimaryEmailsAsync([.. userIds, "no-such-account"], CancellationToken.None);

        foreach (var id in personIds.Append(999_999))
        {
            Assert.That(many[id], Is.EqualTo(await people.AccountEmailsForAsync(id, CancellationToken.None)), $"person {id}");
        }

        Assert.That(many.Values.Count(e => e.Count > 1), Is.GreaterThan(0), "some people are answered for by a guardian too");
        foreach (var id in userIds.Append("no-such-account"))
        {
            Assert.That(primary.GetValueOrDefault(id), Is.EqualTo((await profiles.FindPrimaryAsync(id, CancellationToken.None))?.Email), $"account {id}");
        }

        Assert.That(primary, Is.Not.Empty);
    }

    /// <summary>A class of <paramref name="entries"/> solo entries with accounts to email, submitted, then published alone.</summary>
    private async Task<(long Lookups, int Emails)> PublishClassAsync(int number, int entries)
    {
        var classId = await _app.Db(async db =>
        {
            var festivalClass = SampleSeason.Class(_season.SeasonId, number, "", $"Piano Solo {number}", "Piano", "Grade 5", ClassType.Solo, 20m, 120, 60);
            db.Classes.Add(festivalClass);
            var family = Account(db, $"family{number}");
            db.Profiles.Add(Profile.CreatePrimary(family.Id, family.Email!, null, SampleSeason.At));
            var teacher = PersonWithAccount(db, $"teacher{number}", PersonRoles.Teacher);
            var performers = Enumerable.Range(0, entries).Select(i => PersonWithAccount(db, $"performer{number}-{i}", PersonRoles.Participant)).ToList();
            var guardians = Enumerable.Range(0, entries).Select(i => PersonWithAccount(db, $"guardian{number}-{i}", PersonRoles.Guardian)).ToList();
            await db.SaveChangesAsync();
            for (var i = 0; i < entries; i++)
            {
                var link = new PersonLink(guardians[i].Id, performers[i].Id, PersonLinkKind.Guardian, PersonLinkStatus.Pending, SampleSeason.At);
                link.Accept();
                db.PersonLinks.Add(link);
                var entry = Entry.ForPeople(_season.SeasonId, festivalClass.Id, [performers[i].Id], 20m, SampleSeason.At);
                entry.Describe(teacher.Id, null, null, [(_season.Pieces.Values.First(), 120)], SampleSeason.At);
                entry.SubmitBy(family.Id, 0);
                db.Entries.Add(entry);
            }

            var result = new ClassResult(festivalClass.Id, _season.SeasonId);
            result.Submit("judge", SampleSeason.At);
            db.ClassResults.Add(result);
            await db.SaveChangesAsync();
            return festivalClass.Id;
        });
        var before = await _app.Db(db => db.OutboxMessages.CountAsync());

        _lookups.Reset();
        var published = await _app.Send(new PublishResultsCommand("staff-1", ClassIds: [classId]));
        var lookups = _lookups.Count;

        Assert.That(published.Succeeded, Is.True, published.ToString());
        return (lookups, await _app.Db(db => db.OutboxMessages.CountAsync()) - before);
    }

    private static FestivalUser Account(FestivalDbContext db, string name)
    {
        var email = $"{name}@example.org";
        var user = new FestivalUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), RegisteredAt = SampleSeason.At };
        db.Users.Add(user);
        return user;
    }

    private static Person PersonWithAccount(FestivalDbContext db, string name, PersonRoles roles)
    {
        var person = new Person($"{name} Bench", roles, ProfileCode.NewRandom(), SampleSeason.At);
        person.LinkAccount(Account(db, name).Id, SampleSeason.At);
        db.People.Add(person);
        return person;
    }

    /// <summary>Counts the commands that read people, their links or profiles: where recipients come from.</summary>
    private sealed class LookupCounter : DbCommandInterceptor
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && (command.CommandText.Contains("\"People\"", StringComparison.Ordinal) || command.CommandText.Contains("\"PersonLinks\"", StringComparison.Ordinal)
                    || command.CommandText.Contains("\"Profiles\"", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }
}
