using Festival.Application.Email;
using Festival.Application.Entries;
using Festival.Application.Outbox;
using Festival.Application.People.Managed;
using Festival.Application.Profiles;
using Festival.Application.Results;
using Festival.Application.Results.Documents;
using Festival.Application.Results.Publish;
using Festival.Application.Results.Publish.Reactions;
using Festival.Application.Seasons;
using Festival.Domain.Results;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Results;

public sealed class PublishResultsTests
{
    private readonly ResultHandlerFixture _f = new();
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();

    public PublishResultsTests()
    {
        var season = new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now);
        typeof(Season).GetProperty(nameof(Season.Id))!.SetValue(season, ResultHandlerFixture.SeasonId);
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(season);
    }

    private Task<Result<ResultsPublishedNotification>> Publish(IReadOnlyList<int>? classIds = null) =>
        new PublishResultsHandler(_seasons, _f.Results, _f.Mediator, _f.Clock).Handle(new PublishResultsCommand("staff-1", null, classIds), CancellationToken.None);

    [Test]
    public async Task Publishing_publishes_every_submitted_class_and_announces_them()
    {
        _f.ClassResult.Submit(ResultHandlerFixture.Judge, Fakes.Now);
        _f.Results.AwaitingPublicationAsync(ResultHandlerFixture.SeasonId, Arg.Any<CancellationToken>()).Returns([_f.ClassResult]);

        var published = await Publish();

        Assert.That(published.Value.ClassIds, Is.EqualTo(new[] { ResultHandlerFixture.ClassId }));
        Assert.That(_f.ClassResult.IsPublished, Is.True);
        Assert.That(_f.Mediator.Published().Single(), Is.SameAs(published.Value));
    }

    [Test]
    public async Task Nothing_submitted_means_nothing_to_publish_and_a_class_not_yet_submitted_is_refused()
    {
        _f.Results.AwaitingPublicationAsync(ResultHandlerFixture.SeasonId, Arg.Any<CancellationToken>()).Returns([]);

        Assert.That((await Publish()).Errors.Single().Code, Is.EqualTo("nothing_to_publish"));
        Assert.That((await Publish([ResultHandlerFixture.ClassId])).Errors.Single().Code, Is.EqualTo("results_not_submitted"));
        Assert.That(_f.Mediator.Published(), Is.Empty);
    }

    private static ResultLine Line(int entryId, int[] performers, int? teacher, string? submitter, string comments) =>
        new(entryId, ResultHandlerFixture.ClassId, "2105A", "Piano Solo", "Piano", "Grade 5", performers, [.. performers.Select(p => $"Person {p}")],
            [new PieceLine("Sonata", "Mozart", 300)], teacher, teacher is null ? null : "Tess", null, submitter, "88", 88, comments, "Provincials", Placement.First,
            Appearance.Performed, true);

    [Test]
    public async Task Sending_attaches_each_entrys_comment_sheet_and_a_certificate_only_to_placed_entries_or_marks_at_the_band()
    {
        var adjudication = Substitute.For<IAdjudication>();
        var documents = Substitute.For<IResultDocuments>();
        var sender = Substitute.For<IEmailSender>();
        adjudication.AdjudicatorNamesAsync(Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<int, string> { [ResultHandlerFixture.ClassId] = "Jo Judge" });
        documents.CommentSheet(Arg.Any<ResultSheet>()).Returns([1]);
        documents.Certificate(Arg.Any<ResultSheet>()).Returns([2]);
        var season = new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now);
        _seasons.FindAsync(ResultHandlerFixture.SeasonId, Arg.Any<CancellationToken>()).Returns(season);
        // 11 placed; 12 unplaced at 85 (Silver); 13 unplaced at 75 (Bronze). Only the email's entries are read, not the season's.
        _f.Results.EntryLinesAsync(ResultHandlerFixture.SeasonId, Arg.Is<IReadOnlyCollection<int>>(ids => ids.Order().SequenceEqual(new[] { 11, 12, 13 })), Arg.Any<CancellationToken>()).Returns([
            Line(11, [1], null, null, "a"), Line(12, [2], null, null, "b") with { Placement = null, Mark = "85", MarkValue = 85 },
            Line(13, [3], null, null, "c") with { Placement = null, Mark = "75", MarkValue = 75 }]);
        var options = Microsoft.Extensions.Options.Options.Create(new ResultsOptions { CertificateBand = "Silver" });
        var email = new ResultsEmail(ResultHandlerFixture.SeasonId, [11, 12, 13], new EmailMessage("parent@example.org", "Festival results, 2027", "Hello"));

        await new SendResultsEmailHandler(_f.Results, adjudication, _seasons, options, documents, sender)
            .HandleAsync(email, new OutboxDelivery(Guid.NewGuid(), "key-1", 0), CancellationToken.None);

        var mail = (EmailMessage)sender.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.That(mail.Attachments.Select(a => a.FileName), Is.EqualTo(new[]
        {
            "comment-sheet-2105A-11.pdf", "certificate-2105A-11.pdf", "comment-sheet-2105A-12.pdf", "certificate-2105A-12.pdf", "comment-sheet-2105A-13.pdf",
        }));
        Assert.That(mail.Attachments.All(a => a.ContentType == "application/pdf"));
        documents.Received().CommentSheet(Arg.Is<ResultSheet>(s => s.Line.EntryId == 12 && s.Adjudicator == "Jo Judge" && s.Band == "Silver"
            && s.FestivalName == "Riverside Festival" && s.SeasonName == "2027"));
    }

    [Test]
    public void A_certificate_band_must_be_a_band_or_descriptor_of_the_scale()
    {
        Assert.That(new ResultsOptions { CertificateBand = "Silver" }.Problems(), Is.Empty);
        Assert.That(new ResultsOptions { CertificateBand = "Platinum" }.Problems(), Has.Some.Contains("CertificateBand: 'Platinum' is not a band"));
        Assert.That(new ResultsOptions { Scale = "I, II, III", CertificateBand = "ii" }.Problems(), Is.Empty);
        Assert.That(new ResultsOptions { Scale = "I, II, III", CertificateBand = "IV" }.Problems(), Has.Some.Contains("CertificateBand"));
    }

    [Test]
    public void A_scratched_entry_never_earns_a_certificate_and_descriptors_count_from_the_band_up()
    {
        var descriptors = MarkScale.Parse("I, II, III").Value!;
        var second = Line(1, [1], null, null, "x") with { Placement = null, Mark = "II", MarkValue = descriptors.Read("II").Value.Value };
        var third = second with { Mark = "III", MarkValue = descriptors.Read("III").Value.Value };

        Assert.That(ResultFiles.EarnsCertificate(second, descriptors, "II"), Is.True);
        Assert.That(ResultFiles.EarnsCertificate(third, descriptors, "II"), Is.False);
        Assert.That(ResultFiles.EarnsCertificate(second, descriptors, null), Is.False);
        Assert.That(ResultFiles.EarnsCertificate(Line(1, [1], null, null, "x") with { Appearance = Appearance.Scratched }, MarkScale.Default, null), Is.False);
    }

    [Test]
    public async Task Each_family_and_teacher_gets_one_email_with_every_result_of_theirs_in_the_body()
    {
        var people = Substitute.For<IManagedPeople>();
        var profiles = Substitute.For<IProfiles>();
        var outbox = Substitute.For<IOutbox>();
        // Anna (1) and Ben (2) share a parent; Tess (9) teaches both; Anna's entry was submitted by the parent's account.
        people.AccountEmailsForManyAsync(Arg.Is<IReadOnlyCollection<int>>(ids => ids.Order().SequenceEqual(new[] { 1, 2, 9 })), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<int, IReadOnlyList<string>> { [1] = ["parent@example.org", "anna@example.org"], [2] = ["parent@example.org"], [9] = ["tess@example.org"] });
        profiles.PrimaryEmailsAsync(Arg.Is<IReadOnlyCollection<string>>(ids => ids.SequenceEqual(new[] { "parent-user" })), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<string, string> { ["parent-user"] = "PARENT@example.org" });
        _f.Results.LinesAsync(ResultHandlerFixture.SeasonId, Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<CancellationToken>())
            .Returns([Line(11, [1], 9, "parent-user", "Bright <script>alert(1)</script> tone"), Line(12, [2], 9, null, "Steady pulse")]);
        var notification = new ResultsPublishedNotification(ResultHandlerFixture.SeasonId, "2027", [ResultHandlerFixture.ClassId], "staff-1", Fakes.Now);

        await new ResultsPublishedEmailHandler(_f.Results, people, profiles, outbox).Handle(notification, CancellationToken.None);

        // The recipients of every entry in one batch each, never a lookup per performer, teacher or submitter.
        await people.Received(1).AccountEmailsForManyAsync(Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<CancellationToken>());
        await people.DidNotReceiveWithAnyArgs().AccountEmailsForAsync(default, default);
        await profiles.DidNotReceiveWithAnyArgs().FindPrimaryAsync(default!, default);
        var queued = ((IReadOnlyCollection<(ResultsEmail Mail, string Key)>)outbox.ReceivedCalls().Single().GetArguments()[0]!).ToList();
        var sent = queued.Select(q => (Message: q.Mail.Email, q.Key)).ToList();
        Assert.That(queued.ToDictionary(q => q.Mail.Email.To, q => q.Mail.EntryIds), Is.EquivalentTo(new Dictionary<string, IReadOnlyList<int>>
        {
            ["parent@example.org"] = [11, 12], ["anna@example.org"] = [11], ["tess@example.org"] = [11, 12],
        }), "each recipient's email attaches the sheets of exactly their entries");
        Assert.That(sent.Select(s => s.Message.To), Is.EquivalentTo(new[] { "parent@example.org", "anna@example.org", "tess@example.org" }));
        Assert.That(sent.Select(s => s.Key).Distinct().Count(), Is.EqualTo(3));
        var parent = sent.Single(s => s.Message.To == "parent@example.org").Message;
        Assert.That(parent.TextBody, Does.Contain("Your entries:").And.Contain("Person 1").And.Contain("Person 2").And.Contain("Mark: 88")
            .And.Contain("Placement: 1st").And.Contain("Recommended for: Provincials").And.Contain("Bright <script>alert(1)</script> tone"));
        Assert.That(parent.HtmlBody, Is.Null, "plain text only: markup in comments is shown as typed, never rendered");
        var teacher = sent.Single(s => s.Message.To == "tess@example.org").Message;
        Assert.That(teacher.TextBody, Does.Contain("Your students' entries:").And.Contain("Steady pulse").And.Not.Contain("Your entries:"));
        var anna = sent.Single(s => s.Message.To == "anna@example.org").Message;
        Assert.That(anna.TextBody, Does.Contain("Person 1").And.Not.Contain("Person 2"));
    }
}
