using Festival.Application.People;
using Festival.Application.People.Managed;
using Festival.Domain.People;

namespace Festival.Application.Tests.People;

public sealed class ManagedPeopleHandlerTests
{
    private readonly IManagedPeople _managed = Substitute.For<IManagedPeople>();
    private readonly IPeople _people = Substitute.For<IPeople>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [Test]
    public async Task A_person_the_account_does_not_manage_is_not_found_even_when_the_id_exists()
    {
        _managed.ViewAsync(7, Arg.Any<CancellationToken>()).Returns(new ManagedPersonView(7, "Mia", "P-22222", null, null, null, false, [], []));
        _managed.ManagesAsync("stranger", 7, Arg.Any<CancellationToken>()).Returns(false);
        var handler = new GetManagedPersonHandler(_managed);

        var stranger = await handler.Handle(new GetManagedPersonQuery("stranger", 7), CancellationToken.None);
        var staff = await handler.Handle(new GetManagedPersonQuery("stranger", 7, IsStaff: true), CancellationToken.None);

        Assert.That(stranger.Errors.Single().Code, Is.EqualTo("person_not_found"));
        Assert.That(staff.Value.Name, Is.EqualTo("Mia"));
    }

    [Test]
    public async Task Only_someone_who_answers_for_the_student_can_accept_a_teacher_link_and_accepting_publishes_TeacherLinkAccepted()
    {
        var link = new PersonLink(1, 2, PersonLinkKind.Teacher, PersonLinkStatus.Pending, Fakes.Now);
        _managed.FindLinkAsync(5, Arg.Any<CancellationToken>()).Returns(link);
        _managed.FindAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(new Person("Someone", PersonRoles.None, "P-22222", Fakes.Now));
        _managed.AnswersForAsync("guardian", 2, Arg.Any<CancellationToken>()).Returns(true);
        var handler = new AcceptTeacherLinkHandler(_people, _managed, _mediator, Fakes.Clock());

        var byTeacher = await handler.Handle(new AcceptTeacherLinkCommand("teacher", 5), CancellationToken.None);
        Assert.That(byTeacher.Errors.Single().Code, Is.EqualTo("link_not_found"));
        Assert.That(link.Status, Is.EqualTo(PersonLinkStatus.Pending));
        Assert.That(_mediator.Published(), Is.Empty);

        var byGuardian = await handler.Handle(new AcceptTeacherLinkCommand("guardian", 5), CancellationToken.None);

        Assert.That(byGuardian.Succeeded, Is.True);
        Assert.That(link.Status, Is.EqualTo(PersonLinkStatus.Accepted));
        Assert.That(_mediator.Published().Single(), Is.TypeOf<TeacherLinkAcceptedNotification>());
    }

    [TestCase("")]
    [TestCase("P-0O1IL")]
    [TestCase("P-22")]
    public async Task A_malformed_profile_code_is_refused_before_anything_is_looked_up(string code)
    {
        var handler = new RequestTeacherLinkHandler(_people, Substitute.For<Festival.Application.Profiles.IProfiles>(), _managed, _mediator, Fakes.Clock());

        var result = await handler.Handle(new RequestTeacherLinkCommand("teacher", code), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("profile_code_invalid"));
        await _managed.DidNotReceiveWithAnyArgs().FindByCodeAsync(default!, default);
    }

    [Test]
    public async Task A_child_needs_a_birth_date_in_the_past_and_a_name()
    {
        var validator = new AddManagedPersonValidator(Fakes.Clock());
        var today = DateOnly.FromDateTime(Fakes.Now.UtcDateTime);

        var noBirthDate = await validator.ValidateAsync(new AddManagedPersonCommand("u", Relationship.Child, "Mia", null), CancellationToken.None);
        var future = await validator.ValidateAsync(new AddManagedPersonCommand("u", Relationship.Child, "Mia", today.AddDays(1)), CancellationToken.None);
        var noName = await validator.ValidateAsync(new AddManagedPersonCommand("u", Relationship.Student, "  ", null), CancellationToken.None);
        var fine = await validator.ValidateAsync(new AddManagedPersonCommand("u", Relationship.Child, "Mia", today.AddYears(-9)), CancellationToken.None);

        Assert.That(noBirthDate.Single().Code, Is.EqualTo("birth_date_required"));
        Assert.That(future.Single().Code, Is.EqualTo("birth_date_invalid"));
        Assert.That(noName.Single().Code, Is.EqualTo("name_required"));
        Assert.That(fine, Is.Empty);
    }
}
