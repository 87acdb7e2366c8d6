using Festival.Application.Entries;
using Festival.Application.Entries.LateWindow;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Entries.Withdraw.Reactions;
using Festival.Application.People;
using Festival.Application.People.Groups;
using Festival.Application.People.Managed;
using Festival.Application.Profiles;
using Festival.Application.Seasons;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Entries;

public sealed class GroupAndStaffHandlerTests
{
    private readonly IPeople _people = Substitute.For<IPeople>();
    private readonly IManagedPeople _managed = Substitute.For<IManagedPeople>();
    private readonly IOnlineEntries _entries = Substitute.For<IOnlineEntries>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private static Person Named(string name, int id)
    {
        var person = new Person(name, PersonRoles.Participant, "P-22222", Fakes.Now);
        typeof(Person).GetProperty(nameof(Person.Id))!.SetValue(person, id);
        return person;
    }

    [Test]
    public async Task A_group_of_people_the_account_enters_is_made_with_the_account_as_contact_and_someone_elses_child_is_not_found()
    {
        _people.FindByUserAsync("teacher", Arg.Any<CancellationToken>()).Returns(Named("Tess", 1));
        _managed.ManagesAsync("teacher", Arg.Is<int>(id => id == 2 || id == 3), Arg.Any<CancellationToken>()).Returns(true);
        var handler = new CreateGroupHandler(_people, Substitute.For<IProfiles>(), _managed, _mediator, Fakes.Clock());

        var stranger = await handler.Handle(new CreateGroupCommand("teacher", "Trio", [2, 9]), CancellationToken.None);
        Assert.That(stranger.Errors.Single().Code, Is.EqualTo("person_not_found"));
        await _people.DidNotReceiveWithAnyArgs().AddGroupAsync(default!, default);

        var made = await handler.Handle(new CreateGroupCommand("teacher", " Trio ", [2, 3]), CancellationToken.None);

        Assert.That(made.Succeeded, Is.True);
        await _people.Received(1).AddGroupAsync(
            Arg.Is<Group>(g => g.Name == "Trio"
                && g.Members.Single(m => m.Kind == GroupMemberKind.Contact).PersonId == 1
                && g.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId).SequenceEqual(new[] { 2, 3 })),
            Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published().Single(), Is.TypeOf<GroupCreatedNotification>());
    }

    [Test]
    public async Task A_group_needs_a_name_and_performers_each_once()
    {
        var validator = new CreateGroupValidator();

        var empty = await validator.ValidateAsync(new CreateGroupCommand("u", " ", []), CancellationToken.None);
        var twice = await validator.ValidateAsync(new CreateGroupCommand("u", "Duo", [4, 4]), CancellationToken.None);

        Assert.That(empty.Select(e => e.Code), Is.EquivalentTo(new[] { "name_required", "members_required" }));
        Assert.That(twice.Single().Code, Is.EqualTo("member_twice"));
    }

    [Test]
    public async Task Another_accounts_group_is_not_found_when_entering_it()
    {
        _managed.ManagesGroupAsync("stranger", 5, Arg.Any<CancellationToken>()).Returns(false);

        var result = await _entries.GroupPerformersAsync(_managed, "stranger", asStaff: false, 5, CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("group_not_found"));
        await _entries.DidNotReceiveWithAnyArgs().FindGroupAsync(default, default);
    }

    [Test]
    public async Task Closing_the_late_window_is_refused_when_none_runs_and_closes_it_now_when_one_does()
    {
        var season = new Season("2027", "Festival", new DateOnly(2027, 1, 1), Fakes.Now);
        season.MakeCurrent();
        season.SetDates(null, null, null, Fakes.Now.AddDays(-2));
        var seasons = Substitute.For<ISeasons>();
        seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(season);
        var handler = new CloseLateWindowHandler(seasons, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());

        var none = await handler.Handle(new CloseLateWindowCommand(), CancellationToken.None);
        season.OpenLateWindow(Fakes.Now.AddDays(3), 1000);
        var closed = await handler.Handle(new CloseLateWindowCommand(), CancellationToken.None);

        Assert.That(none.Errors.Single().Code, Is.EqualTo("no_late_window"));
        Assert.That(closed.Succeeded, Is.True);
        Assert.That(season.WindowAt(Fakes.Now), Is.EqualTo(EntryWindow.Closed));
        Assert.That(_mediator.Published().Single(), Is.TypeOf<LateWindowClosedNotification>());
    }

    [Test]
    public async Task A_withdrawn_entry_is_kept_with_its_performers_names_payer_and_cost()
    {
        _entries.FindPeopleAsync(Arg.Any<IReadOnlyList<int>>(), Arg.Any<CancellationToken>()).Returns((IReadOnlyList<Person>)[Named("Ana", 3), Named("Ben", 9)]);
        var handler = new RecordWithdrawalHandler(_entries);

        await handler.Handle(new EntryWithdrawnNotification(12, 1, 4, "p:3,9", "parent", "staff", true, Fakes.Now, 3500), CancellationToken.None);

        await _entries.Received(1).AddWithdrawalAsync(
            Arg.Is<EntryWithdrawal>(w => w.EntryId == 12 && w.Performers == "Ana, Ben" && w.SubmittedByUserId == "parent" && w.ByStaff && w.TotalCents == 3500),
            Arg.Any<CancellationToken>());
    }
}
