using Festival.Application.Accounts.ConfirmEmail;
using Festival.Application.Accounts.Register;
using Festival.Domain.People;
using Festival.Domain.Seasons;

namespace Festival.Application.People.Reactions;

/// <summary>
/// When someone registers with an email that the festival's records already carry (from an import), the account is
/// linked to them: the adult (or the one person of unknown age) with that email becomes the account's person. Minors
/// with that email get the account's person as guardian, but only as a pending link until the address is confirmed,
/// so that nobody sees a child's details by typing a family's email into the sign-up form.
/// </summary>
internal sealed class LinkImportedPeopleHandler(IPeople people, TimeProvider clock)
    : INotificationHandler<UserRegisteredNotification>, INotificationHandler<EmailConfirmedNotification>
{
    public const int AdultAge = 18;

    public async Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken)
    {
        var found = await people.FindUnlinkedByEmailAsync(Person.EmailKeyFor(notification.Email), cancellationToken);
        if (found.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var minors = found.Where(p => p.BirthDate is { } born && Ages.On(born, today) < AdultAge).ToList();
        var adults = found.Except(minors).ToList();

        Person self;
        if (adults.Count == 1)
        {
            self = adults[0];
        }
        else if (minors.Count > 0)
        {
            // Only children carry the address (or several adults do, and choosing one would be a guess): the account is
            // their guardian, a person of their own.
            var codes = await people.NewProfileCodesAsync(1, cancellationToken);
            self = new Person(notification.DisplayName ?? notification.Email, PersonRoles.Guardian, codes[0], now);
            self.Complete(notification.Email, null, null, null, now);
            await people.AddAsync(self, cancellationToken);
        }
        else
        {
            return;
        }

        self.LinkAccount(notification.UserId, now);
        foreach (var minor in minors)
        {
            self.AddRoles(PersonRoles.Guardian);
            await people.AddLinkAsync(new PersonLink(self.Id, minor.Id, PersonLinkKind.Guardian, PersonLinkStatus.Pending, now), cancellationToken);
        }

        await people.SaveAsync(cancellationToken);
    }

    public async Task Handle(EmailConfirmedNotification notification, CancellationToken cancellationToken)
    {
        if (await people.FindByUserAsync(notification.UserId, cancellationToken) is not { } self)
        {
            return;
        }

        var pending = (await people.LinksFromAsync(self.Id, PersonLinkKind.Guardian, cancellationToken))
            .Where(l => l.Status == PersonLinkStatus.Pending).ToList();
        foreach (var link in pending)
        {
            link.Accept();
        }

        if (pending.Count > 0)
        {
            await people.SaveAsync(cancellationToken);
        }
    }
}
