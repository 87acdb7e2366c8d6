using Festival.Application.Entries.Import;
using Festival.Application.Imports;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.Entries;

/// <summary>The entries planner on hand-made sheets and a small known festival: every row rule, and what a plan creates.</summary>
public sealed class EntriesPlannerTests
{
    private const string Header = "Class|Participants|Group|Birthdates|Email|School|Teacher|Title|Composer|Duration|Title 2|Composer 2|Duration 2";
    private static readonly DateTimeOffset At = Fakes.Now;
    private static readonly Season Season = new("2027", "Riverside Festival", new DateOnly(2027, 1, 1), At);

    private static FestivalClass Class(int id, int number, string name, ClassType type, int? minAge = null, int? maxAge = null, int? maxSeconds = null)
    {
        var festivalClass = new FestivalClass(1, number, "", name, At);
        festivalClass.Update(new ClassDetails(name, "Piano", "Open", type, 15m, 300, 60, minAge, maxAge, maxSeconds), At);
        typeof(FestivalClass).GetProperty(nameof(FestivalClass.Id))!.SetValue(festivalClass, id);
        return festivalClass;
    }

    private static readonly FestivalClass[] Classes =
    [
        Class(1, 2105, "Piano Solo, Grade 5", ClassType.Solo, maxSeconds: 300),
        Class(2, 2201, "Piano Duet", ClassType.Duet),
        Class(3, 1010, "Vocal Solo, 8 years and under", ClassType.Solo, maxAge: 8),
        Class(4, 5001, "Junior Choir", ClassType.Ensemble),
    ];

    private static EntriesImportData Data(
        IReadOnlyList<KnownPerson>? people = null, IReadOnlyList<KnownPiece>? pieces = null, IReadOnlyList<KnownEntry>? entries = null,
        IReadOnlyList<KnownNamed>? schools = null) =>
        new(Classes, people ?? [], schools ?? [], [], pieces ?? [], entries ?? [], new HashSet<(int, int)>());

    private static ImportSheet Sheet(params string[] rows)
    {
        var headers = Header.Split('|');
        var table = new ImportTable(ImportFormat.Csv, headers,
            rows.Select((r, i) => new ImportRow(i + 2, [.. r.Split('|').Concat(Enumerable.Repeat("", headers.Length)).Take(headers.Length)])).ToList());
        return ImportLayouts.Entries.Match(table).Value;
    }

    private static EntriesPlan Plan(EntriesImportData data, params string[] rows) => EntriesPlanner.Plan(Season, "entries.csv", Sheet(rows), data);

    private static IEnumerable<string> Errors(EntriesPlan plan) => plan.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Message);

    private static IEnumerable<string> Warnings(EntriesPlan plan) => plan.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(i => i.Message);

    [Test]
    public void New_rows_plan_their_people_pieces_school_and_teacher_link_once_even_when_named_again()
    {
        var plan = Plan(Data(),
            "2105|Ana Ruiz||2015-03-01|ruiz@example.org|Hillside School|Mia Novak|Minuet in G|Bach|1:30",
            "2201|Ana Ruiz;Ben Ruiz||2015-03-01;2017-05-05||Hillside School|Mia Novak|Valse|Anon|2 min");

        Assert.That(Errors(plan), Is.Empty);
        Assert.That(plan.Parts.NewPeople.Select(p => (p.Name, p.Roles)), Is.EquivalentTo(new[]
        {
            ("Ana Ruiz", PersonRoles.Participant), ("Ben Ruiz", PersonRoles.Participant), ("Mia Novak", PersonRoles.Teacher),
        }));
        Assert.That(plan.Parts.NewPeople.Single(p => p.Name == "Ana Ruiz"), Has.Property("Email").EqualTo("ruiz@example.org").And.Property("School").Not.Null);
        Assert.That(plan.Parts.NewSchools, Is.EqualTo(new[] { "Hillside School" }));
        Assert.That(plan.Parts.NewPieces.Select(p => (p.Title, p.DurationSeconds)), Is.EqualTo(new[] { ("Minuet in G", 90), ("Valse", 120) }));
        Assert.That(plan.Parts.TeacherLinks, Has.Count.EqualTo(2), "Mia teaches Ana and Ben, each linked once");
        Assert.That(plan.Parts.Creates.Select(e => (e.ClassId, e.Participants.Count, e.Fee)), Is.EqualTo(new[] { (1, 1, 15m), (2, 2, 15m) }));
    }

    [TestCase("9999|Ana Ruiz||||||Minuet|Bach|1:30", "has no class 9999")]
    [TestCase("2201|Ana Ruiz||||||Minuet|Bach|1:30", "it needs 2 participants, the row names 1")]
    [TestCase("2201|Ana Ruiz; ana  ruiz||||||Minuet|Bach|1:30", "The same person is named twice")]
    [TestCase("1010|Ana Ruiz||2015-03-01||||Minuet|Bach|1:30", "is 11 on the season's age date; class 1010 is for ages 8 and under")]
    [TestCase("2105|Ana Ruiz||||||Minuet|Bach|3:00|Gigue|Bach|2:30", "The repertoire lasts 5:30; class 2105 allows at most 5:00")]
    [TestCase("2105|Ana Ruiz||||||Minuet|Bach|about three", "is not a duration we can read")]
    [TestCase("2105|Ana Ruiz||||||Minuet|Bach|-3", "negative")]
    [TestCase("2105|Ana Ruiz||||||Minuet|Bach|24:00:00", "longer than an hour")]
    [TestCase("2105|Ana Ruiz||31/02/2015||||Minuet|Bach|1:30", "is not written yyyy-mm-dd")]
    [TestCase("2105|Ana Ruiz||2015-02-31||||Minuet|Bach|1:30", "is not a date in the calendar")]
    [TestCase("2201|Ana Ruiz;Ben Ruiz||2015-03-01||||Minuet|Bach|1:30", "gives 1 birthdates")]
    [TestCase("5001|Ana Ruiz||||||Anthem|Trad|3", "is an ensemble class: give the group's name")]
    [TestCase("2105|Ana Ruiz||||||Minuet||1:30", "needs its composer")]
    public void A_row_that_breaks_a_rule_is_rejected_with_a_plain_reason_and_plans_nothing(string row, string reason)
    {
        var plan = Plan(Data(), row);

        Assert.That(Errors(plan), Has.Some.Contains(reason));
        Assert.That(plan.RejectedRows.Select(r => r.Number), Is.EqualTo(new[] { 2 }));
        Assert.That(plan.HasChanges, Is.False, "a rejected row creates no person, piece, school or entry");
        Assert.That(plan.Parts.NewPeople, Is.Empty);
    }

    [Test]
    public void The_same_performers_twice_in_one_class_are_one_entry_and_the_second_row_is_rejected()
    {
        var plan = Plan(Data(),
            "2201|Ana Ruiz;Ben Ruiz||||||Valse|Anon|2",
            "2201|Ben Ruiz;Ana Ruiz||||||Valse|Anon|2");

        Assert.That(plan.Parts.Creates, Has.Count.EqualTo(1));
        Assert.That(Errors(plan).Single(), Does.Contain("Row 2 already enters the same performers in class 2201"));
    }

    [Test]
    public void Known_people_and_pieces_are_matched_by_name_key_and_an_unchanged_entry_is_left_alone()
    {
        var data = Data(
            people: [new KnownPerson(7, "Ana Ruiz", null, new DateOnly(2015, 3, 1), PersonRoles.Participant, false, false, false)],
            pieces: [new KnownPiece(3, "Minuet in G", "J. S. Bach", 90)],
            entries: [new KnownEntry(11, 1, "p:7", null, null, null, [(3, 90)])]);

        var plan = Plan(data, "2105|  ANA   RUIZ ||||||minuet in g|j. s. bach|1:30");

        Assert.That(Errors(plan), Is.Empty);
        Assert.That(plan.Parts.Unchanged, Is.EqualTo(1));
        Assert.That(plan.HasChanges, Is.False);
    }

    [Test]
    public void A_changed_repertoire_updates_the_entry_and_a_known_piece_with_another_duration_is_a_warning()
    {
        var data = Data(
            people: [new KnownPerson(7, "Ana Ruiz", null, null, PersonRoles.Participant, false, false, false)],
            pieces: [new KnownPiece(3, "Minuet in G", "Bach", 90)],
            entries: [new KnownEntry(11, 1, "p:7", null, null, null, [(3, 90)])]);

        var plan = Plan(data, "2105|Ana Ruiz||||||Minuet in G|Bach|1:45");

        Assert.That(plan.Parts.Updates.Single(), Has.Property("EntryId").EqualTo(11).And.Property("Changes").EqualTo(new[] { "Repertoire" }));
        Assert.That(Warnings(plan).Single(), Does.Contain("already known with a duration of 1:30"));
        Assert.That(plan.Parts.Completions, Is.Empty, "nothing new is known about Ana");
    }

    [TestCase("Zoë Martin", "Zoe Martin", "accents")]
    [TestCase("Martin, Zoe", "Zoe Martin", "\"Last, First\" order")]
    public void A_name_that_differs_only_in_accents_or_order_is_a_new_person_and_a_warning_never_a_guess(string typed, string known, string difference)
    {
        var data = Data(people: [new KnownPerson(7, known, null, null, PersonRoles.Participant, false, false, false)]);

        var plan = Plan(data, $"2105|{typed}||||||Minuet|Bach|1:30");

        Assert.That(plan.Parts.NewPeople.Single().Name, Is.EqualTo(typed));
        Assert.That(Warnings(plan).Single(), Does.Contain($"Probably the same person as {known}").And.Contain(difference));
    }

    [Test]
    public void Same_name_with_another_birthdate_is_another_person_and_two_namesakes_need_a_birthdate_to_tell_them_apart()
    {
        var data = Data(people:
        [
            new KnownPerson(7, "Sam Lee", null, new DateOnly(2010, 1, 1), PersonRoles.Participant, false, false, false),
            new KnownPerson(8, "Sam Lee", null, new DateOnly(2014, 1, 1), PersonRoles.Participant, false, false, false),
        ]);

        var other = Plan(data, "2105|Sam Lee||2012-06-06||||Minuet|Bach|1:30");
        var which = Plan(data, "2105|Sam Lee||||||Minuet|Bach|1:30");
        var chosen = Plan(data, "2105|Sam Lee||2014-01-01||||Minuet|Bach|1:30");

        Assert.That(other.Parts.NewPeople, Has.Count.EqualTo(1));
        Assert.That(Warnings(other).Single(), Does.Contain("another birthdate"));
        Assert.That(Errors(which).Single(), Does.Contain("2 people are named Sam Lee; give a birthdate"));
        Assert.That(chosen.Parts.Creates.Single().Participants.Single(), Is.EqualTo(Ref.Existing(8)));
    }

    [Test]
    public void A_school_spelled_like_an_existing_one_is_a_warning()
    {
        var plan = Plan(Data(schools: [new KnownNamed(1, "St. Mary's School")]), "2105|Ana Ruiz||||St Marys School||Minuet|Bach|1:30");

        Assert.That(Warnings(plan).Single(), Does.Contain("Spelled like the existing school St. Mary's School"));
    }

    [Test]
    public void The_fingerprint_changes_with_what_the_plan_would_write_and_only_then()
    {
        var first = Plan(Data(), "2105|Ana Ruiz||||||Minuet|Bach|1:30");
        var same = Plan(Data(), "2105|Ana Ruiz||||||Minuet|Bach|1:30");
        var other = Plan(Data(), "2105|Ana Ruiz||||||Minuet|Bach|1:31");

        Assert.That(same.Fingerprint, Is.EqualTo(first.Fingerprint));
        Assert.That(other.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
    }
}
