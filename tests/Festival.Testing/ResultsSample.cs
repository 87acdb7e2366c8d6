using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>
/// Two sessions on the sample season's first festival day, stored through the DbContext: judge Jo (account
/// <paramref name="JudgeUserId"/>) hears 2105A (Anna, then Ben) and 2200 (Anna &amp; Cara) in the Main Hall; judge Max
/// (<paramref name="OtherJudgeUserId"/>) hears 1010 (Cara) in the Studio.
/// </summary>
public sealed record ResultsSample(int SessionId, int OtherSessionId, string JudgeUserId, string OtherJudgeUserId, IReadOnlyDictionary<string, int> Entries)
{
    public static readonly DateOnly Day = new(2027, 3, 6);

    public static async Task<ResultsSample> CreateAsync(IServiceProvider services, SampleSeason season, string judgeUserId, string otherJudgeUserId)
    {
        ArgumentNullException.ThrowIfNull(season);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var at = SampleSeason.At;
        var jo = new Person("Jo Judge", PersonRoles.Adjudicator, ProfileCode.NewRandom(), at);
        var max = new Person("Max Marker", PersonRoles.Adjudicator, ProfileCode.NewRandom(), at);
        jo.LinkAccount(judgeUserId, at);
        max.LinkAccount(otherJudgeUserId, at);
        var venue = new Venue("Riverside Church", null, at);
        db.People.AddRange(jo, max);
        db.Venues.Add(venue);
        await db.SaveChangesAsync();
        var hall = new Room(venue.Id, "Main Hall", ["Piano", "Vocal"]);
        var studio = new Room(venue.Id, "Studio", ["Piano", "Vocal"]);
        db.Rooms.AddRange(hall, studio);
        var joJudges = new Adjudicator(season.SeasonId, jo.Id, ["Piano", "Vocal"], [], at);
        var maxJudges = new Adjudicator(season.SeasonId, max.Id, ["Piano", "Vocal"], [], at);
        db.Adjudicators.AddRange(joJudges, maxJudges);
        await db.SaveChangesAsync();
        var morning = new Session(season.SeasonId, hall.Id, Day, new TimeOnly(9, 0), new TimeOnly(12, 0), joJudges.Id, [], at);
        var studioMorning = new Session(season.SeasonId, studio.Id, Day, new TimeOnly(9, 0), new TimeOnly(12, 0), maxJudges.Id, [], at);
        db.Sessions.AddRange(morning, studioMorning);
        await db.SaveChangesAsync();

        var entries = await db.Entries.Where(e => e.SeasonId == season.SeasonId).Select(e => new { e.Id, e.ClassId, e.ParticipantKey }).ToListAsync();
        int EntryOf(string classCode, params string[] people) =>
            entries.Single(e => e.ClassId == season.Classes[classCode]
                && e.ParticipantKey == Festival.Domain.Entries.Entry.KeyFor(null, people.Select(p => season.People[p]))).Id;
        var named = new Dictionary<string, int>
        {
            ["2105A Anna"] = EntryOf("2105A", "Anna"),
            ["2105A Ben"] = EntryOf("2105A", "Ben"),
            ["2200"] = EntryOf("2200", "Anna", "Cara"),
            ["1010"] = EntryOf("1010", "Cara"),
        };
        db.ScheduledClasses.AddRange(
            new ScheduledClass(season.SeasonId, season.Classes["2105A"], 1, 1, morning.Id, new TimeOnly(9, 0), [named["2105A Anna"], named["2105A Ben"]], SchedulePinKind.None),
            new ScheduledClass(season.SeasonId, season.Classes["2200"], 1, 1, morning.Id, new TimeOnly(10, 0), [named["2200"]], SchedulePinKind.None),
            new ScheduledClass(season.SeasonId, season.Classes["1010"], 1, 1, studioMorning.Id, new TimeOnly(9, 0), [named["1010"]], SchedulePinKind.None));
        await db.SaveChangesAsync();
        return new ResultsSample(morning.Id, studioMorning.Id, judgeUserId, otherJudgeUserId, named);
    }
}
