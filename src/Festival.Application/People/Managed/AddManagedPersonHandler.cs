using Festival.Application.Profiles;
using Festival.Domain.People;

namespace Festival.Application.People.Managed;

internal sealed class AddManagedPersonHandler(IPeople people, IProfiles profiles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddManagedPersonCommand, Result<int>>
{
    public async Task<Result<int>> Handle(AddManagedPersonCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ensured = await people.EnsureAccountPersonAsync(profiles, request.UserId, now, cancellationToken);
        if (!ensured.Succeeded)
        {
            return Result<int>.Failed(ensured.Errors);
        }

        var self = ensured.Value;
        Person added;
        if (request.Relationship == Relationship.Myself)
        {
            self.Rename(request.Name);
            self.Complete(request.Email, null, request.BirthDate, null, now);
            self.AddRoles(PersonRoles.Participant);
            added = self;
        }
        else
        {
            var codes = await people.NewProfileCodesAsync(1, cancellationToken);
            added = new Person(request.Name, PersonRoles.Participant, codes[0], now);
            added.Complete(request.Email, null, request.BirthDate, null, now);
            await people.AddAsync(added, cancellationToken);
            var kind = request.Relationship == Relationship.Child ? PersonLinkKind.Guardian : PersonLinkKind.Teacher;
            self.AddRoles(kind == PersonLinkKind.Guardian ? PersonRoles.Guardian : PersonRoles.Teacher);

            // The account made this person, so the link needs nobody else's consent.
            await people.AddLinkAsync(new PersonLink(self.Id, added.Id, kind, PersonLinkStatus.Accepted, now), cancellationToken);
        }

        if (request.PublishName)
        {
            added.SetNameConsent(true, request.UserId, now);
        }

        await people.SaveAsync(cancellationToken);
        await mediator.Publish(new ManagedPersonAddedNotification(request.UserId, added.Id, request.Relationship, now), cancellationToken);
        return Result<int>.Success(added.Id);
    }
}
