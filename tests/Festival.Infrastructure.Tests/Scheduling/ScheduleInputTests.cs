using Festival.Application.Scheduling;
using Festival.Domain.Scheduling;
using Festival.Testing.Scheduling;

namespace Festival.Infrastructure.Tests.Scheduling;

/// <summary>The season's records turned into the engine's problem, on the hand-built <see cref="SampleSeason"/> and <see cref="SampleSchedule"/>.</summary>
public sealed class ScheduleInputTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;
    private SampleSchedule _schedule = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
        _schedule = await SampleSchedule.CreateAsync(_app.Services, _season);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<ScheduleInput> InputAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return ScheduleInput.From(await scope.ServiceProvider.GetRequiredService<IScheduleStore>().LoadAsync(_season.SeasonId, CancellationToken.None));
    }

    private ClassToSchedule Class(ScheduleInput input, string code) => input.Problem.Classes.Single(c => c.Id == ScheduleIds.Class(_season.Classes[code]));

    private Guid Person(string name) => ScheduleIds.Person(_season.People[name]);

    [Test]
    public async Task A_class_takes_its_pieces_plus_adjudication_and_warm_up_per_entry_plus_the_summary_time()
    {
        var input = await InputAsync();

        var piano = Class(input, "2105A");
        Assert.That(input.Problem.Classes.Select(c => c.Code), Is.EqualTo(new[] { "1010", "1500", "2105A", "2200" }), "classes with entries, in code order; not 3001 (none) nor last season's");
        Assert.That(piano.Entries.Select(e => e.Slot.TotalSeconds), Is.EqualTo(new[] { 450 + 240d, 160 + 240d }));
        Assert.That(piano.SummaryTime, Is.EqualTo(TimeSpan.FromSeconds(ScheduleSettings.ForSeason(0).SummarySecondsPerClass)));
        Assert.That(piano.Duration, Is.EqualTo(TimeSpan.FromSeconds(1090) + piano.SummaryTime));
        Assert.That((piano.Discipline, piano.Rank, Class(input, "1010").Rank), Is.EqualTo(("Piano", 11, 11)), "Grade 5 ranks as 11, Junior as 11");
    }

    [Test]
    public async Task Performers_accompanists_conductors_and_teachers_through_links_are_people_of_the_entries()
    {
        var input = await InputAsync();

        var ben = Class(input, "2105A").Entries[1];
        var duet = Class(input, "2200").Entries.Single();
        var song = Class(input, "1010").Entries.Single();
        var choir = Class(input, "1500").Entries.Single();
        Assert.That((ben.Performers, ben.Accompanists, ben.Teachers), Is.EqualTo((new[] { Person("Ben") }, new[] { Person("Alex") }, new[] { Person("Tess") })));
        Assert.That(duet.Performers, Is.EqualTo(new[] { Person("Anna"), Person("Cara") }));
        Assert.That(duet.Teachers, Is.EqualTo(new[] { Person("Tess") }), "Tess teaches Cara through a teacher link, though the entry names no teacher");
        Assert.That(song.Teachers, Is.EqualTo(new[] { Person("Tess") }));
        Assert.That((choir.Performers.Count, choir.Conductors, choir.SchoolId), Is.EqualTo((0, new[] { Person("Tess") }, (Guid?)ScheduleIds.School(_season.SchoolId))));
    }

    [Test]
    public async Task Sessions_carry_room_venue_disciplines_breaks_and_adjudicator_and_ids_are_the_same_every_time()
    {
        var first = await InputAsync();
        var second = await InputAsync();

        var nave = first.Problem.Sessions.Single(s => s.Id == ScheduleIds.Session(_schedule.NaveSession));
        Assert.That(first.Problem.Sessions, Has.Count.EqualTo(9));
        Assert.That((nave.VenueId, nave.RoomId, nave.RoomDisciplines), Is.EqualTo((ScheduleIds.Venue(_schedule.Venues["Church"]), ScheduleIds.Room(_schedule.Rooms["Nave"]), new[] { "Piano", "Vocal" })));
        Assert.That(nave.Breaks, Is.EqualTo(new[] { new SessionBreak(new TimeOnly(10, 30), new TimeOnly(10, 45)) }));
        Assert.That((nave.Adjudicator.PersonId, nave.Adjudicator.Disciplines, nave.Adjudicator.AvailableDays), Is.EqualTo((Person("Tess"), new[] { "Piano" }, new[] { SampleSchedule.FirstDay })));
        Assert.That(second.Problem.Sessions.Select(s => s.Id), Is.EqualTo(first.Problem.Sessions.Select(s => s.Id)));
        Assert.That(second.Problem.Classes.SelectMany(c => c.Entries).Select(e => e.Id), Is.EqualTo(first.Problem.Classes.SelectMany(c => c.Entries).Select(e => e.Id)));
        Assert.That(ScheduleIds.Number(ScheduleIds.Entry(123_456)), Is.EqualTo(123_456));
        Assert.That(ScheduleIds.Person(7), Is.Not.EqualTo(ScheduleIds.Class(7)), "each kind of record has its own ids");
    }

    [Test]
    public async Task A_class_without_its_own_times_per_entry_takes_the_seasons_settings()
    {
        await _app.Db(async db =>
        {
            var song = await db.Classes.SingleAsync(c => c.Id == _season.Classes["1010"]);
            song.Update(song.Details() with { AdjudicationSecondsPerEntry = 0, WarmUpSecondsPerEntry = 0 }, SampleSeason.At);
            return await db.SaveChangesAsync();
        });
        var defaults = ScheduleSettings.ForSeason(0);

        var input = await InputAsync();

        Assert.That(Class(input, "1010").Entries.Single().Slot.TotalSeconds, Is.EqualTo(180 + defaults.AdjudicationSecondsPerEntry + defaults.WarmUpSecondsPerEntry));
    }
}
