using Festival.Application.People.Managed;
using Festival.Application.Profiles;
using Festival.Domain.People;

namespace Festival.Application.People.Groups;

internal sealed class CreateGroupHandler(IPeople people, IProfiles profiles, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CreateGroupCommand, Result<int>>
{
    public async Task<Result<int>> Handle(CreateGroupCommand request, CancellationToken cancellationToken)
    {
        // Members are people the account enters, by relationship: someone else's child is "not found", as everywhere.
        foreach (var id in request.MemberIds)
        {
            if (!await managed.ManagesAsync(request.UserId, id, cancellationToken))
            {
                return ManagedPeopleErrors.PersonNotFound(id);
            }
        }

        var now = clock.GetUtcNow();
        var self = await people.EnsureAccountPersonAsync(profiles, request.UserId, now, cancellationToken);
        if (!self.Succeeded)
        {
            return Result<int>.Failed(self.Errors);
        }

        var group = new Group(request.Name, now);
        group.AddMember(self.Value.Id, GroupMemberKind.Contact);
        foreach (var id in request.MemberIds)
        {
            group.AddMember(id, GroupMemberKind.Performer);
        }

        await people.AddGroupAsync(group, cancellationToken);
        await mediator.Publish(new GroupCreatedNotification(request.UserId, group.Id, group.Name, request.MemberIds, now), cancellationToken);
        return Result<int>.Success(group.Id);
    }
}
