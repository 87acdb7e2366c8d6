using System.Text;
using Festival.Application.Entries;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Seasons.Create;
using Festival.Domain.People;

namespace Festival.Infrastructure.Tests.Imports;

/// <summary>Imports end to end through the real mediator on a real SQLite file: idempotent, all or nothing, and the preview is what is written.</summary>
public sealed class ImportFlowTests
{
    private FestivalApp _app = null!;

    private static readonly byte[] Syllabus = Encoding.UTF8.GetBytes(
        "Class,Name,Type,Fee,MaxAge\n2105,\"Piano Solo, Grade 5\",Solo,15,\n2201,Piano Duet,Duet,20,\n1010,\"Vocal Solo, 8 years and under\",Solo,12,8\n");

    private static readonly byte[] Entries = Encoding.UTF8.GetBytes(string.Join('\n',
        "Class,Participants,Birthdates,Email,Teacher,Title,Composer,Duration",
        "2105,Ana Ruiz,2015-03-01,ruiz@example.org,Mia Novak,Minuet in G,Bach,1:30",
        "2201,Ana Ruiz,,,Mia Novak,Valse,Anon,2 min",
        "2201,Ana Ruiz;Ben Ruiz,2015-03-01;2018-05-05,,Mia Novak,Valse,Anon,2 min",
        "1010,Ben Ruiz,2018-05-05,,,Lullaby,Brahms,90 s",
        "9999,Cy Ruiz,,,,Song,Anon,2") + "\n");

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        await _app.Send(new CreateSeasonCommand("2027"));
        Assert.That((await _app.Send(new ImportFileCommand(ImportKind.Syllabus, Syllabus, "syllabus.csv"))).Succeeded, Is.True);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<(int Entries, int People, int Pieces, int Links)> Counts() => _app.Db(async db =>
        (await db.Entries.CountAsync(), await db.People.CountAsync(), await db.Pieces.CountAsync(), await db.PersonLinks.CountAsync()));

    [Test]
    public async Task Importing_the_same_file_twice_creates_everything_once_and_then_reports_it_all_unchanged()
    {
        var first = await _app.Send(new ImportFileCommand(ImportKind.Entries, Entries, "entries.csv"));
        var afterFirst = await Counts();
        var second = await _app.Send(new ImportFileCommand(ImportKind.Entries, Entries, "entries.csv"));

        Assert.That(first.Succeeded, Is.True, first.ToString());
        Assert.That(first.Value.Counts[0], Is.EqualTo(new ImportCount("Entries", 3, 0, 0)));
        Assert.That(first.Value.RejectedRows.Select(r => r.Number), Is.EqualTo(new[] { 3, 6 }), "the duet with one name and the unknown class");
        Assert.That(afterFirst, Is.EqualTo((3, 3, 3, 2)), "Ana, Ben and their teacher; three pieces; Mia teaches both");
        Assert.That(second.Value.Counts[0], Is.EqualTo(new ImportCount("Entries", 0, 0, 3)));
        Assert.That(second.Value.HasChanges, Is.False);
        Assert.That(await Counts(), Is.EqualTo(afterFirst));
        var ana = await _app.Db(db => db.People.SingleAsync(p => p.Name == "Ana Ruiz"));
        Assert.That((ana.BirthDate, ana.Email, ana.Roles), Is.EqualTo(((DateOnly?)new DateOnly(2015, 3, 1), (string?)"ruiz@example.org", PersonRoles.Participant)));
    }

    [Test]
    public async Task A_dry_run_writes_nothing_and_a_file_that_cannot_be_read_is_refused_whole()
    {
        var dryRun = await _app.Send(new ImportFileCommand(ImportKind.Entries, Entries, "entries.csv", DryRun: true));
        var garbage = await _app.Send(new ImportFileCommand(ImportKind.Entries, [0x00, 0xFF, 0x13, 0x37, 0x00, 0x01], "entries.csv"));
        var headerless = await _app.Send(new ImportFileCommand(ImportKind.Entries, Encoding.UTF8.GetBytes("Class,Name\n2105,x\n"), "wrong.csv"));

        Assert.That(dryRun.Value.Counts[0].Created, Is.EqualTo(3));
        Assert.That(garbage.Succeeded, Is.False);
        Assert.That(headerless.Errors.Select(e => e.Message), Has.Some.Contains("Title, Composer, Duration are required"));
        Assert.That(await Counts(), Is.EqualTo((0, 0, 0, 0)));
    }

    [Test]
    public async Task A_failure_in_the_middle_of_a_commit_rolls_everything_back()
    {
        await using var failing = await FestivalApp.StartAsync(configure: s => s.AddScoped<INotificationHandler<EntryCreatedNotification>, FailOnSecondEntry>());
        await failing.Send(new CreateSeasonCommand("2027"));
        await failing.Send(new ImportFileCommand(ImportKind.Syllabus, Syllabus, "syllabus.csv"));

        Assert.That(async () => await failing.Send(new ImportFileCommand(ImportKind.Entries, Entries, "entries.csv")), Throws.InvalidOperationException);

        Assert.That(await failing.Db(async db => (await db.Entries.CountAsync(), await db.People.CountAsync(), await db.Pieces.CountAsync())), Is.EqualTo((0, 0, 0)));
        Assert.That(await failing.Db(db => db.Classes.CountAsync()), Is.EqualTo(3), "the earlier syllabus import stays");
    }

    [Test]
    public async Task A_staged_import_commits_exactly_what_was_previewed_and_only_once()
    {
        var staged = await _app.Send(new StageImportCommand(ImportKind.Entries, Entries, "entries.csv"));
        Assert.That(await Counts(), Is.EqualTo((0, 0, 0, 0)), "staging writes nothing but the upload");

        var committed = await _app.Send(new CommitImportCommand(staged.Value.Id, staged.Value.Plan.Fingerprint));
        var again = await _app.Send(new CommitImportCommand(staged.Value.Id, staged.Value.Plan.Fingerprint));

        Assert.That(committed.Succeeded, Is.True, committed.ToString());
        Assert.That((await Counts()).Entries, Is.EqualTo(3));
        Assert.That(again.Errors.Single().Code, Is.EqualTo("import_already_committed"));
    }

    [Test]
    public async Task Two_admins_committing_the_same_file_at_once_write_it_once_and_the_second_is_told_the_data_changed()
    {
        var first = await _app.Send(new StageImportCommand(ImportKind.Entries, Entries, "entries.csv"));
        var second = await _app.Send(new StageImportCommand(ImportKind.Entries, Entries, "entries.csv"));

        var results = await Task.WhenAll(
            _app.Send(new CommitImportCommand(first.Value.Id, first.Value.Plan.Fingerprint)),
            _app.Send(new CommitImportCommand(second.Value.Id, second.Value.Plan.Fingerprint)));

        Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1));
        Assert.That(results.Single(r => !r.Succeeded).Errors.Single().Code, Is.EqualTo("import_plan_changed"));
        Assert.That((await Counts()).Entries, Is.EqualTo(3));
    }

    [Test]
    public async Task Re_importing_a_changed_syllabus_updates_classes_by_number_and_never_duplicates_them()
    {
        var changed = Encoding.UTF8.GetBytes("class;NAME;fee;type\n2105;Piano Solo, Grade 5;18;solo\n2201;Piano Duet;20;DUET\n3001;Violin Solo;15;Solo\n");

        var result = await _app.Send(new ImportFileCommand(ImportKind.Syllabus, changed, "syllabus-v2.csv"));

        Assert.That(result.Value.Counts.Single(), Is.EqualTo(new ImportCount("Classes", 1, 1, 1)));
        var classes = await _app.Db(db => db.Classes.OrderBy(c => c.Number).Select(c => new { c.Number, c.FeeCents }).ToListAsync());
        Assert.That(classes.Select(c => (c.Number, c.FeeCents)), Is.EqualTo(new[] { (1010, 1200L), (2105, 1800L), (2201, 2000L), (3001, 1500L) }));
    }

    [Test]
    public async Task The_sample_season_imports_with_its_planted_mistakes_rejected_and_imports_again_unchanged()
    {
        await using var sample = await FestivalApp.StartAsync();
        await sample.Send(new CreateSeasonCommand("2027"));
        var syllabus = await sample.Send(new ImportFileCommand(ImportKind.Syllabus, await File.ReadAllBytesAsync(RepositoryFolder.PathOf("samples", "2027", "syllabus.csv")), "syllabus.csv"));
        var entriesFile = await File.ReadAllBytesAsync(RepositoryFolder.PathOf("samples", "2027", "entries.csv"));

        var first = await sample.Send(new ImportFileCommand(ImportKind.Entries, entriesFile, "entries.csv"));
        var second = await sample.Send(new ImportFileCommand(ImportKind.Entries, entriesFile, "entries.csv"));

        Assert.That(syllabus.Value.RejectedRows, Is.Empty);
        Assert.That(first.Value.Counts[0].Created, Is.GreaterThan(500));
        Assert.That(first.Value.RejectedRows, Has.Count.InRange(1, 60));
        Assert.That(second.Value.Counts[0].Created + second.Value.Counts[0].Updated, Is.Zero);
        Assert.That(second.Value.Counts[0].Unchanged, Is.EqualTo(first.Value.Counts[0].Created));
    }

    private sealed class FailOnSecondEntry : INotificationHandler<EntryCreatedNotification>
    {
        private int _seen;

        public Task Handle(EntryCreatedNotification notification, CancellationToken cancellationToken) =>
            ++_seen == 2 ? throw new InvalidOperationException("injected failure") : Task.CompletedTask;
    }
}
