using Festival.Application.Reports;
using Festival.Application.Reports.Classes;
using Festival.Application.Reports.People;
using Festival.Application.Reports.Repertoire;
using Festival.Application.Reports.Season;
using Festival.Domain.Syllabus;

namespace Festival.Infrastructure.Tests.Reports;

/// <summary>The report queries against the hand-computed totals of <see cref="SampleSeason"/>, on a real SQLite file.</summary>
public sealed class ReportTests
{
    private static FestivalApp _app = null!;
    private static SampleSeason _season = null!;

    [OneTimeSetUp]
    public static async Task Seed()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
    }

    [OneTimeTearDown]
    public static async Task TearDown() => await _app.DisposeAsync();

    private static async Task<T> Ok<T>(IRequest<Result<T>> query)
    {
        var result = await _app.Send(query);
        Assert.That(result.Succeeded, Is.True, result.ToString());
        return result.Value;
    }

    [Test]
    public async Task The_classes_report_counts_entries_sums_entry_fees_and_adds_adjudication_and_warm_up_per_entry_to_the_pieces()
    {
        var report = await Ok(new ClassReportQuery());

        Assert.That(report.Season, Is.EqualTo(SampleSeason.Name));
        Assert.That(report.Classes.Items.Select(c => (c.Class, c.Entries, c.Fee, c.TotalFees, c.TotalSeconds)), Is.EqualTo(new[]
        {
            ("1010", 1, 20m, 20m, 360L),
            ("1500", 1, 50m, 50m, 660L),
            ("2105A", 2, 25m, 47.50m, 1090L),
            ("2200", 1, 30m, 30m, 560L),
            ("3001", 0, 40m, 0m, 0L),
        }));
        Assert.That(report.Totals, Is.EqualTo(new ClassReportTotals(5, 5, 147.50m, 2670)));
        Assert.That(report.Classes.Items[2], Is.EqualTo(new ClassReportRow(
            _season.Classes["2105A"], "2105A", "Piano Solo, Grade 5, Baroque", "Piano", "Grade 5", "Solo", 2, 25m, 47.50m, 1090)));
        Assert.That(report.Disciplines, Is.EqualTo(new[] { "Piano", "Strings", "Vocal" }));
    }

    [Test]
    public async Task The_classes_report_filters_hides_empty_classes_and_totals_only_what_the_filter_keeps()
    {
        var piano = await Ok(new ClassReportQuery(Discipline: "Piano"));
        var ensembles = await Ok(new ClassReportQuery(Type: ClassType.Ensemble, HideEmpty: true));
        var open = await Ok(new ClassReportQuery(Level: "Open"));

        Assert.That(piano.Classes.Items.Select(c => c.Class), Is.EqualTo(new[] { "2105A", "2200" }));
        Assert.That(piano.Totals, Is.EqualTo(new ClassReportTotals(2, 3, 77.50m, 1650)));
        Assert.That(ensembles.Classes.Items.Select(c => c.Class), Is.EqualTo(new[] { "1500" }));
        Assert.That(ensembles.Totals, Is.EqualTo(new ClassReportTotals(1, 1, 50m, 660)));
        Assert.That(open.Classes.Items.Select(c => c.Class), Is.EqualTo(new[] { "1500", "3001" }));
    }

    [TestCase(ClassReportSort.TotalSeconds, true, new[] { "2105A", "1500", "2200", "1010", "3001" })]
    [TestCase(ClassReportSort.TotalFees, false, new[] { "3001", "1010", "2200", "2105A", "1500" })]
    [TestCase(ClassReportSort.Entries, true, new[] { "2105A", "2200", "1500", "1010", "3001" })]
    [TestCase(ClassReportSort.Name, false, new[] { "1500", "2200", "2105A", "3001", "1010" })]
    [TestCase(ClassReportSort.Class, true, new[] { "3001", "2200", "2105A", "1500", "1010" })]
    public async Task The_classes_report_sorts_by_any_column(ClassReportSort sort, bool descending, string[] expected)
    {
        var report = await Ok(new ClassReportQuery(Sort: sort, Descending: descending));

        Assert.That(report.Classes.Items.Select(c => c.Class), Is.EqualTo(expected));
    }

    [Test]
    public async Task The_classes_report_pages_in_the_database_and_keeps_the_totals_of_every_page()
    {
        var second = await Ok(new ClassReportQuery(Page: 2, PageSize: 2));
        var all = await Ok(new ClassReportQuery(PageSize: ReportPaging.All));

        Assert.That(second.Classes.Items.Select(c => c.Class), Is.EqualTo(new[] { "2105A", "2200" }));
        Assert.That((second.Classes.Page, second.Classes.PageCount, second.Classes.TotalCount), Is.EqualTo((2, 3, 5)));
        Assert.That(second.Totals.TotalFees, Is.EqualTo(147.50m));
        Assert.That(all.Classes.Items, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task A_past_season_is_reported_on_its_own_and_an_unknown_one_is_not_found()
    {
        var old = await Ok(new ClassReportQuery(Season: "2026"));
        var unknown = await _app.Send(new ClassReportQuery(Season: "1999"));

        Assert.That(old.Classes.Items.Select(c => (c.Class, c.Entries, c.TotalFees, c.TotalSeconds)), Is.EqualTo(new[] { ("2105A", 1, 99m, 999L + 1200) }));
        Assert.That(unknown.Errors.Single().Code, Is.EqualTo("season_not_found"));
    }

    [TestCase(PeopleReportKind.Participants, new[] { "Anna Smith:2:55.00", "Ben Jones:1:22.50", "Cara <b>Lee</b>:2:50.00" })]
    [TestCase(PeopleReportKind.Teachers, new[] { "Tess Teacher:3:97.50" })]
    [TestCase(PeopleReportKind.Accompanists, new[] { "Alex Accompanist:2:52.50" })]
    [TestCase(PeopleReportKind.Groups, new[] { "Northside Choir:1:50.00" })]
    [TestCase(PeopleReportKind.Schools, new[] { "Northside School:4:127.50" })]
    public async Task The_people_report_counts_entries_and_fees_per_person_group_or_school(PeopleReportKind kind, string[] expected)
    {
        var report = await Ok(new PeopleReportQuery(Kind: kind));

        Assert.That(report.Rows.Items.Select(r => FormattableString.Invariant($"{r.Name}:{r.Entries}:{r.Fees:0.00}")), Is.EqualTo(expected));
    }

    [Test]
    public async Task The_people_report_searches_sorts_and_pages()
    {
        var byFees = await Ok(new PeopleReportQuery(Sort: PeopleReportSort.Fees, Descending: true, PageSize: 2));
        var search = await Ok(new PeopleReportQuery(Search: "anna@"));

        Assert.That(byFees.Rows.Items.Select(r => r.Name), Is.EqualTo(new[] { "Anna Smith", "Cara <b>Lee</b>" }));
        Assert.That(byFees.Rows.TotalCount, Is.EqualTo(3));
        Assert.That(search.Rows.Items.Select(r => (r.Name, r.Email, r.Roles)), Is.EqualTo(new[] { ("Anna Smith", (string?)"anna@example.org", "Participant") }));
    }

    [Test]
    public async Task The_repertoire_report_lists_the_seasons_pieces_with_their_entries_and_classes()
    {
        var report = await Ok(new RepertoireReportQuery());
        var byEntries = await Ok(new RepertoireReportQuery(Sort: RepertoireReportSort.Entries, Descending: true, PageSize: 1));

        Assert.That(report.Pieces.Items.Select(p => (p.Title, p.DurationSeconds, p.Entries, string.Join(" ", p.Classes))), Is.EqualTo(new[]
        {
            ("=HYPERLINK(\"http://evil.example\")", 240, 1, "1500"),
            ("Duo", 200, 1, "2200"),
            ("Prelude in C", 150, 2, "2105A"),
            ("Sonata in C", 300, 1, "2105A"),
            ("The Ash Grove", 180, 1, "1010"),
        }));
        Assert.That(byEntries.Pieces.Items.Single().Title, Is.EqualTo("Prelude in C"));
    }

    [Test]
    public async Task The_season_dashboard_adds_up_entries_people_fees_and_time_per_discipline_and_reports_nothing_paid()
    {
        var dashboard = await Ok(new SeasonDashboardQuery());

        Assert.That((dashboard.Classes, dashboard.Entries, dashboard.Participants, dashboard.Groups), Is.EqualTo((5, 5, 3, 1)));
        Assert.That((dashboard.FeesDue, dashboard.FeesPaid, dashboard.TotalSeconds), Is.EqualTo((147.50m, 0m, 2670L)));
        Assert.That(dashboard.Disciplines, Is.EqualTo(new[] { new DisciplineLoad("Piano", 3, 1650), new DisciplineLoad("Vocal", 2, 1020) }));
    }

    [Test]
    public async Task A_class_page_shows_its_entries_performers_and_pieces_with_the_same_totals_as_the_report()
    {
        var view = await _app.Send(new ClassDetailsQuery(_season.Classes["2105A"]));
        var missing = await _app.Send(new ClassDetailsQuery(999_999));

        Assert.That(view, Is.Not.Null);
        Assert.That((view!.Class, view.Season, view.TotalFees, view.TotalSeconds), Is.EqualTo(("2105A", SampleSeason.Name, 47.50m, 1090L)));
        Assert.That(view.Entries.Select(e => (string.Join(",", e.Performers.Select(p => p.Name)), e.Teacher?.Name, e.Accompanist?.Name)),
            Is.EqualTo(new[] { ("Anna Smith", (string?)"Tess Teacher", (string?)null), ("Ben Jones", "Tess Teacher", "Alex Accompanist") }));
        Assert.That(view.Entries[0].Pieces.Select(p => (p.Title, p.DurationSeconds)), Is.EqualTo(new[] { ("Sonata in C", 300), ("Prelude in C", 150) }));
        Assert.That(missing, Is.Null);
    }

    [Test]
    public async Task A_persons_page_lists_every_entry_of_every_season_with_their_part()
    {
        var tess = await _app.Send(new PersonDetailsQuery(_season.People["Tess"]));
        var anna = await _app.Send(new PersonDetailsQuery(_season.People["Anna"]));

        Assert.That(tess!.Entries.Select(e => (e.Season, e.Class, e.Part)), Is.EqualTo(new[]
        {
            (SampleSeason.Name, "1500", "Teacher"), (SampleSeason.Name, "2105A", "Teacher"), (SampleSeason.Name, "2105A", "Teacher"), ("2026", "2105A", "Teacher"),
        }));
        Assert.That(tess.Groups.Single().Group.Name, Is.EqualTo("Northside Choir"));
        Assert.That((anna!.School?.Name, anna.Entries.Count), Is.EqualTo(("Northside School", 3)));
    }

    [Test]
    public async Task A_pieces_page_lists_each_entry_with_the_timing_it_gave()
    {
        var prelude = await _app.Send(new PieceDetailsQuery(_season.Pieces["Prelude"]));

        Assert.That(prelude!.Uses.Select(u => (u.Class, u.Performers, u.DurationSeconds)), Is.EqualTo(new[] { ("2105A", "Anna Smith", 150), ("2105A", "Ben Jones", 160) }));
    }
}
