using System.Diagnostics;
using System.Globalization;
using Festival.Application;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Results;
using Festival.Domain.Scheduling;
using Festival.Domain.Syllabus;
using Festival.Infrastructure;
using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.LoadTest;

/// <summary>
/// <c>results-setup</c>: a festival day's schedule for the adjudication benches, written into a migrated database that
/// already holds the season (<c>season create</c>) and the seeded accounts (<c>db seed --users N</c>). Seeded account
/// <c>i</c> (1 … SESSIONS) is the adjudicator of session <c>i</c>, with the Adjudicator role; each session holds
/// CLASSES classes of ENTRIES solo entries, each entry one performer (no account) with one piece. With <c>--families F</c>
/// the accounts after the adjudicators submitted the entries in turn (entry k by family k mod F), so publishing sends
/// each family one email with its entries' sheets and nobody else any. With <c>--results</c> every entry is marked,
/// commented and the first three of each class placed, and every class submitted: ready for <c>results publish</c>.
/// </summary>
internal static class ResultsSeason
{
    public static readonly DateOnly Day = new(2027, 3, 6);

    private static readonly DateTimeOffset At = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Title, string Composer)[] Repertoire =
    [
        ("Minuet in G major", "J. S. Bach"), ("Sonatina in C, Op. 36 No. 1", "Muzio Clementi"), ("Für Elise", "Ludwig van Beethoven"),
        ("The Wild Horseman", "Robert Schumann"), ("Arabesque, Op. 100 No. 2", "Friedrich Burgmüller"), ("Gymnopédie No. 1", "Erik Satie"),
        ("Caro mio ben", "Tommaso Giordani"), ("The Ash Grove", "Traditional"), ("Humoresque", "Antonín Dvořák"),
        ("The Swan", "Camille Saint-Saëns"), ("Lágrima", "Francisco Tárrega"), ("Sea Fever", "John Ireland"),
    ];

    /// <summary>What an adjudicator writes about one performance: about 700 characters, as a typical comment.</summary>
    public static string Comments(int entry) =>
        $"Entry {entry}: a confident opening with a clear sense of the pulse. The tone was warm in the lyrical passages, though the " +
        "left hand could be lighter where the melody moves to the middle voice. Phrasing was thoughtful, with shape to each line and " +
        "good breathing points. Watch the dynamics in the second section: the crescendo arrived too early, so the climax had less " +
        "room to grow. Pedalling was mostly clean; a few changes blurred the harmony. The ornaments were neat and in style. Memory " +
        "was secure and the stage presence calm and engaging. Next steps: slow practice of the running passage at bar 24, and listen " +
        "for the balance between the hands. A musical performance that communicated the character of the piece. Well done!";

    public static async Task<int> RunAsync(DriverOptions o)
    {
        if (o.Database is not { } file)
        {
            throw new ArgumentException("results-setup needs --db FILE");
        }

        var clock = Stopwatch.StartNew();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(o.AppSettings ?? Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Festival"] = $"Data Source={file}" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var season = await db.Seasons.SingleOrDefaultAsync(s => s.Name == o.Season)
            ?? throw new ArgumentException($"no season {o.Season}: create it first (season create {o.Season})");
        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == "ADJUDICATOR")
            ?? throw new ArgumentException("no Adjudicator role (Festival:Roles)");
        var accounts = await db.Users.Where(u => u.Email!.EndsWith("@" + DatabaseSeeder.EmailDomain))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Email!, u => u.Id);
        string Account(int number) => accounts.GetValueOrDefault(DatabaseSeeder.EmailOf(number))
            ?? throw new ArgumentException($"account {DatabaseSeeder.EmailOf(number)} is not seeded: db seed --users {o.Sessions + o.Families}");

        await using var transaction = await db.Database.BeginTransactionAsync();
        var venue = new Venue("Bench Hall", null, At);
        db.Venues.Add(venue);
        var pieces = Repertoire.Select(p => new Piece(p.Title, p.Composer, 190, At)).ToList();
        db.Pieces.AddRange(pieces);
        await db.SaveChangesAsync();

        var judgeUsers = new string[o.Sessions];
        var judges = new Adjudicator[o.Sessions];
        var rooms = new Room[o.Sessions];
        for (var s = 0; s < o.Sessions; s++)
        {
            judgeUsers[s] = Account(s + 1);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = judgeUsers[s], RoleId = role.Id });
            var person = new Person($"Judge {s + 1:D4} Bench", PersonRoles.Adjudicator, ProfileCode.NewRandom(), At);
            person.LinkAccount(judgeUsers[s], At);
            db.People.Add(person);
            rooms[s] = new Room(venue.Id, $"Room {s + 1:D4}", ["Piano"]);
            db.Rooms.Add(rooms[s]);
        }

        await db.SaveChangesAsync();
        var judgePeople = db.ChangeTracker.Entries<Person>().Select(e => e.Entity).ToDictionary(p => p.UserId!);
        for (var s = 0; s < o.Sessions; s++)
        {
            judges[s] = new Adjudicator(season.Id, judgePeople[judgeUsers[s]].Id, ["Piano"], [], At);
            db.Adjudicators.Add(judges[s]);
        }

        await db.SaveChangesAsync();
        var sessions = new Session[o.Sessions];
        for (var s = 0; s < o.Sessions; s++)
        {
            sessions[s] = new Session(season.Id, rooms[s].Id, Day, new TimeOnly(9, 0), new TimeOnly(17, 0), judges[s].Id, [], At);
            db.Sessions.Add(sessions[s]);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var families = Enumerable.Range(0, o.Families).Select(f => Account(o.Sessions + f + 1)).ToArray();
        var entryCount = 0;
        var certificates = 0;
        for (var s = 0; s < o.Sessions; s++)
        {
            var classes = new List<FestivalClass>();
            for (var c = 0; c < o.ClassesPerSession; c++)
            {
                var number = 1000 + (s * o.ClassesPerSession) + c;
                var festivalClass = new FestivalClass(season.Id, number, "", $"Piano Solo, bench class {number}", At);
                festivalClass.Update(new ClassDetails(festivalClass.Name, "Piano", "Grade 5", ClassType.Solo, 20m, 120, 60, null, null, null), At);
                classes.Add(festivalClass);
            }

            db.Classes.AddRange(classes);
            var performers = new List<Person>();
            for (var k = 0; k < o.ClassesPerSession * o.EntriesPerClass; k++)
            {
                performers.Add(new Person($"Performer {entryCount + k + 1:D6} Bench", PersonRoles.Participant, ProfileCode.NewRandom(), At));
            }

            db.People.AddRange(performers);
            await db.SaveChangesAsync();

            var entries = new List<(Entry Entry, FestivalClass Class, int Position)>();
            for (var k = 0; k < performers.Count; k++)
            {
                var festivalClass = classes[k / o.EntriesPerClass];
                var entry = Entry.ForPeople(season.Id, festivalClass.Id, [performers[k].Id], 20m, At);
                var piece = pieces[(entryCount + k) % pieces.Count];
                entry.Describe(null, null, null, [(piece.Id, piece.DurationSeconds)], At);
                if (families.Length > 0)
                {
                    entry.SubmitBy(families[(entryCount + k) % families.Length], 0);
                }

                entries.Add((entry, festivalClass, k % o.EntriesPerClass));
            }

            db.Entries.AddRange(entries.Select(e => e.Entry));
            await db.SaveChangesAsync();

            for (var c = 0; c < classes.Count; c++)
            {
                var order = entries.Where(e => e.Class == classes[c]).Select(e => e.Entry.Id).ToList();
                db.ScheduledClasses.Add(new ScheduledClass(season.Id, classes[c].Id, 1, 1, sessions[s].Id,
                    new TimeOnly(9, 0).AddMinutes(c * o.EntriesPerClass * 4), order, SchedulePinKind.None));
                if (o.WithResults)
                {
                    var classResult = new ClassResult(classes[c].Id, season.Id);
                    classResult.Submit(judgeUsers[s], At);
                    db.ClassResults.Add(classResult);
                }
            }

            if (o.WithResults)
            {
                foreach (var (entry, festivalClass, position) in entries)
                {
                    var result = new EntryResult(entry.Id, festivalClass.Id, season.Id);
                    var mark = MarkScale.Default.Read((92 - (position * 3 % 30)).ToString(CultureInfo.InvariantCulture)).Value;
                    result.Save(1, mark, Comments(entry.Id), null, judgeUsers[s], At);
                    result.Record(Appearance.Performed);
                    if (position < 3)
                    {
                        result.Place((Placement)(position + 1));
                        certificates++;
                    }

                    db.EntryResults.Add(result);
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            entryCount += entries.Count;
        }

        await transaction.CommitAsync();
        Console.WriteLine($"results-setup: season {o.Season}, {o.Sessions} sessions on {Day:yyyy-MM-dd} (adjudicators {DatabaseSeeder.EmailOf(1)} to " +
            $"{DatabaseSeeder.EmailOf(o.Sessions)}, role Adjudicator), {o.Sessions * o.ClassesPerSession} classes, {entryCount} entries" +
            (families.Length > 0 ? $" submitted by {families.Length} families ({DatabaseSeeder.EmailOf(o.Sessions + 1)} on)" : "") +
            (o.WithResults ? $"; every entry marked and commented, {certificates} placed, every class submitted" : "") +
            $"; {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
