using Festival.Application.Entries;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.Entries;

public sealed class EntryRulesTests
{
    private static readonly Season Season = new("2027", "Festival", new DateOnly(2027, 1, 1), Fakes.Now);
    private static readonly (string, string, int)[] OnePiece = [("Minuet", "Bach", 100)];

    private static FestivalClass Class(ClassType type, int? minAge = null, int? maxAge = null, int? maxSeconds = null)
    {
        var c = new FestivalClass(1, 2105, "", "Class", Fakes.Now);
        c.Update(new ClassDetails("Class", "Piano", "Junior", type, 20m, 240, 60, minAge, maxAge, maxSeconds), Fakes.Now);
        return c;
    }

    private static Person Born(string name, int year, int id)
    {
        var person = new Person(name, PersonRoles.Participant, "P-22222", Fakes.Now);
        person.Complete(null, null, new DateOnly(year, 6, 1), null, Fakes.Now);
        typeof(Person).GetProperty(nameof(Person.Id))!.SetValue(person, id);
        return person;
    }

    private static string[] Codes(IReadOnlyList<Error> errors) => [.. errors.Select(e => e.Code)];

    [Test]
    public void A_duet_with_one_performer_is_refused() =>
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Duet), [Born("Ana", 2017, 1)], OnePiece)), Is.EqualTo(new[] { "performer_count" }));

    [Test]
    public void The_same_person_twice_is_refused() =>
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Duet), [Born("Ana", 2017, 1), Born("Ana", 2017, 1)], OnePiece)), Does.Contain("performer_twice"));

    [Test]
    public void A_performer_too_old_on_the_age_date_is_refused_with_their_age()
    {
        var errors = EntryRules.Check(Season, Class(ClassType.Solo, 8, 10), [Born("Ben", 2015, 2)], OnePiece);

        Assert.That(errors.Single().Message, Is.EqualTo("Ben is 11 on the season's age date; class 2105 is for ages 10 and under."));
    }

    [Test]
    public void A_class_with_age_limits_needs_the_birth_date()
    {
        var unknown = new Person("Cleo", PersonRoles.Participant, "P-33333", Fakes.Now);

        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Solo, 8, 10), [unknown], OnePiece)), Is.EqualTo(new[] { "birth_date_missing" }));
    }

    [Test]
    public void Repertoire_longer_than_the_class_allows_is_refused_with_both_times() =>
        Assert.That(EntryRules.Check(Season, Class(ClassType.Solo, maxSeconds: 180), [Born("Ana", 2017, 1)], [("A", "B", 100), ("C", "D", 90)]).Single().Message,
            Is.EqualTo("The repertoire lasts 3:10; class 2105 allows at most 3:00."));

    [Test]
    public void An_ensemble_class_is_refused_to_named_people_because_a_group_enters_it() =>
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Ensemble), [Born("Ana", 2017, 1)], OnePiece)), Is.EqualTo(new[] { "class_takes_group" }));

    [Test]
    public void A_group_enters_an_ensemble_class_of_its_members_ages_but_not_a_solo_or_duet_and_needs_performers()
    {
        Assert.That(EntryRules.Check(Season, Class(ClassType.Ensemble, 8, 12), [Born("Ana", 2017, 1), Born("Ben", 2016, 2)], OnePiece, asGroup: true), Is.Empty);
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Duet), [Born("Ana", 2017, 1), Born("Ben", 2016, 2)], OnePiece, asGroup: true)),
            Is.EqualTo(new[] { "class_takes_people" }));
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Ensemble, 8, 9), [Born("Ana", 2017, 1), Born("Ben", 2014, 2)], OnePiece, asGroup: true)),
            Is.EqualTo(new[] { "age_outside_class" }));
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Ensemble), [], OnePiece, asGroup: true)), Is.EqualTo(new[] { "group_without_performers" }));
    }

    [Test]
    public void Pieces_need_a_title_a_composer_and_a_readable_duration()
    {
        var (pieces, errors) = EntryRules.ParsePieces([new PieceDraft("", "", "3 hours")]);

        Assert.That(errors.Single().Message, Does.StartWith("Piece 1:"));
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Solo), [Born("Ana", 2017, 1)], pieces)), Is.EquivalentTo(new[] { "title_required", "composer_required", "duration_out_of_range" }));
        Assert.That(Codes(EntryRules.Check(Season, Class(ClassType.Solo), [Born("Ana", 2017, 1)], [])), Is.EqualTo(new[] { "piece_count" }));
    }

    [Test]
    public void A_fitting_entry_passes() =>
        Assert.That(EntryRules.Check(Season, Class(ClassType.Solo, 8, 10, 180), [Born("Ana", 2017, 1)], OnePiece), Is.Empty);

    [Test]
    public void The_entry_window_is_open_until_the_deadline_then_late_while_a_late_window_runs_then_closed()
    {
        var season = new Season("2027", "Festival", new DateOnly(2027, 1, 1), Fakes.Now);
        season.SetDates(null, null, Fakes.Now.AddDays(-10), Fakes.Now.AddDays(1));

        Assert.That(season.WindowAt(Fakes.Now.AddDays(-11)), Is.EqualTo(EntryWindow.NotYetOpen));
        Assert.That(season.WindowAt(Fakes.Now), Is.EqualTo(EntryWindow.Open));
        Assert.That(season.WindowAt(Fakes.Now.AddDays(2)), Is.EqualTo(EntryWindow.Closed));
        season.OpenLateWindow(Fakes.Now.AddDays(3), 1500);
        Assert.That(season.WindowAt(Fakes.Now.AddDays(2)), Is.EqualTo(EntryWindow.Late));
        Assert.That(season.WindowAt(Fakes.Now.AddDays(3)), Is.EqualTo(EntryWindow.Closed));
    }
}
