using Festival.Application.Seasons.Create;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>
/// A small season whose report totals are worked out by hand (see the comments), stored through the DbContext, plus an
/// older season that no report of the current one may count.
/// <code>
/// class  discipline level   type      fee    adj+warm  entries (fee at entry; piece seconds)
/// 1010   Vocal      Junior  Solo      20.00  120+60    Cara (20; 180)                                   → 20.00,  180+180     =  360 s
/// 1500   Vocal      Open    Ensemble  50.00  300+120   Choir group (50; 240)                            → 50.00,  240+420     =  660 s
/// 2105A  Piano      Grade 5 Solo      25.00  180+60    Anna (25; 300+150), Ben (22.50; 160)             → 47.50,  610+2×240   = 1090 s
/// 2200   Piano      Senior  Duet      30.00  240+120   Anna &amp; Cara (30; 200)                        → 30.00,  200+360     =  560 s
/// 3001   Strings    Open    Ensemble  40.00  300+0     none                                             →  0.00,                   0 s
/// total: 5 classes, 5 entries, 147.50, 2670 s
/// </code>
/// Teacher Tess teaches Anna's and Ben's 2105A entries and the choir (97.50); accompanist Alex plays for Ben and the duet (52.50).
/// Anna, Ben and the choir belong to Northside School (4 entries, 127.50).
/// </summary>
public sealed record SampleSeason(
    int SeasonId,
    IReadOnlyDictionary<string, int> Classes,
    IReadOnlyDictionary<string, int> People,
    IReadOnlyDictionary<string, int> Pieces,
    int GroupId,
    int SchoolId)
{
    public const string Name = "2027";

    public static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static Task<SampleSeason> CreateAsync(FestivalApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return CreateAsync(app.Services);
    }

    /// <summary>Creates seasons 2026 and 2027 (current) through the real command, then the sample's records in 2027.</summary>
    public static async Task<SampleSeason> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var old = await mediator.Send(new CreateSeasonCommand("2026", new DateOnly(2026, 1, 1)));
        var season = await mediator.Send(new CreateSeasonCommand(Name, new DateOnly(2027, 1, 1)));
        return await SeedAsync(scope.ServiceProvider.GetRequiredService<FestivalDbContext>(), old.Value.SeasonId, season.Value.SeasonId);
    }

    public static async Task<SampleSeason> SeedAsync(FestivalDbContext db, int oldSeasonId, int seasonId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var school = new School("Northside School", At);
        db.Schools.Add(school);
        await db.SaveChangesAsync();

        var people = new Dictionary<string, Person>
        {
            ["Anna"] = new("Anna Smith", PersonRoles.Participant, ProfileCode.NewRandom(), At),
            ["Ben"] = new("Ben Jones", PersonRoles.Participant, ProfileCode.NewRandom(), At),
            ["Cara"] = new("Cara <b>Lee</b>", PersonRoles.Participant, ProfileCode.NewRandom(), At),
            ["Tess"] = new("Tess Teacher", PersonRoles.Teacher, ProfileCode.NewRandom(), At),
            ["Alex"] = new("Alex Accompanist", PersonRoles.Accompanist, ProfileCode.NewRandom(), At),
        };
        people["Anna"].Complete("anna@example.org", null, new DateOnly(2012, 5, 1), school.Id, At);
        people["Ben"].Complete(null, null, null, school.Id, At);
        db.People.AddRange(people.Values);

        var classes = new Dictionary<string, FestivalClass>
        {
            ["1010"] = Class(seasonId, 1010, "", "Vocal Solo, Junior", "Vocal", "Junior", ClassType.Solo, 20m, 120, 60),
            ["1500"] = Class(seasonId, 1500, "", "Choirs", "Vocal", "Open", ClassType.Ensemble, 50m, 300, 120),
            ["2105A"] = Class(seasonId, 2105, "A", "Piano Solo, Grade 5, Baroque", "Piano", "Grade 5", ClassType.Solo, 25m, 180, 60),
            ["2200"] = Class(seasonId, 2200, "", "Piano Duet, Senior", "Piano", "Senior", ClassType.Duet, 30m, 240, 120),
            ["3001"] = Class(seasonId, 3001, "", "String Ensemble", "Strings", "Open", ClassType.Ensemble, 40m, 300, 0),
            ["old"] = Class(oldSeasonId, 2105, "A", "Piano Solo, Grade 5, Baroque", "Piano", "Grade 5", ClassType.Solo, 99m, 600, 600),
        };
        db.Classes.AddRange(classes.Values);

        var pieces = new Dictionary<string, Piece>
        {
            ["Sonata"] = new("Sonata in C", "Mozart", 300, At),
            ["Prelude"] = new("Prelude in C", "Bach", 150, At),
            ["Duo"] = new("Duo", "Diabelli", 200, At),
            ["Song"] = new("The Ash Grove", "Traditional", 180, At),
            ["Choral"] = new("=HYPERLINK(\"http://evil.example\")", "Anon", 240, At),
        };
        db.Pieces.AddRange(pieces.Values);
        await db.SaveChangesAsync();

        var group = new Group("Northside Choir", At);
        group.SetSchool(school.Id);
        group.AddMember(people["Tess"].Id, GroupMemberKind.Conductor);
        db.Groups.Add(group);
        await db.SaveChangesAsync();

        int P(string name) => people[name].Id;
        int C(string code) => classes[code].Id;
        int Piece(string name) => pieces[name].Id;
        Add(db, Entry.ForPeople(seasonId, C("2105A"), [P("Anna")], 25m, At), P("Tess"), null, (Piece("Sonata"), 300), (Piece("Prelude"), 150));
        Add(db, Entry.ForPeople(seasonId, C("2105A"), [P("Ben")], 22.50m, At), P("Tess"), P("Alex"), (Piece("Prelude"), 160));
        Add(db, Entry.ForPeople(seasonId, C("2200"), [P("Anna"), P("Cara")], 30m, At), null, P("Alex"), (Piece("Duo"), 200));
        Add(db, Entry.ForPeople(seasonId, C("1010"), [P("Cara")], 20m, At), null, null, (Piece("Song"), 180));
        Add(db, Entry.ForGroup(seasonId, C("1500"), group.Id, 50m, At), P("Tess"), null, (Piece("Choral"), 240));
        Add(db, Entry.ForPeople(oldSeasonId, C("old"), [P("Anna")], 99m, At), P("Tess"), P("Alex"), (Piece("Sonata"), 999));
        await db.SaveChangesAsync();

        return new SampleSeason(
            seasonId,
            classes.ToDictionary(c => c.Key, c => c.Value.Id),
            people.ToDictionary(p => p.Key, p => p.Value.Id),
            pieces.ToDictionary(p => p.Key, p => p.Value.Id),
            group.Id,
            school.Id);
    }

    public static FestivalClass Class(int seasonId, int number, string suffix, string name, string discipline, string level, ClassType type,
        decimal fee, int adjudicationSeconds, int warmUpSeconds)
    {
        var festivalClass = new FestivalClass(seasonId, number, suffix, name, At);
        festivalClass.Update(new ClassDetails(name, discipline, level, type, fee, adjudicationSeconds, warmUpSeconds, null, null, null), At);
        return festivalClass;
    }

    private static void Add(FestivalDbContext db, Entry entry, int? teacherId, int? accompanistId, params (int PieceId, int Seconds)[] pieces)
    {
        entry.Describe(teacherId, accompanistId, null, pieces, At);
        db.Entries.Add(entry);
    }
}
