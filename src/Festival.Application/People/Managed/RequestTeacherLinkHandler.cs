using Festival.Application.Profiles;
using Festival.Domain.People;

namespace Festival.Application.People.Managed;

internal sealed class RequestTeacherLinkHandler(IPeople people, IProfiles profiles, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RequestTeacherLinkCommand, Result<int>>
{
    public async Task<Result<int>> Handle(RequestTeacherLinkCommand request, CancellationToken cancellationToken)
    {
        if (ProfileCode.Normalize(request.ProfileCode) is not { } code)
        {
            return ManagedPeopleErrors.CodeInvalid;
        }

        if (await managed.FindByCodeAsync(code, cancellationToken) is not { } student)
        {
            return ManagedPeopleErrors.CodeNotFound(code);
        }

        var now = clock.GetUtcNow();
        var ensured = await people.EnsureAccountPersonAsync(profiles, request.UserId, now, cancellationToken);
        if (!ensured.Succeeded)
        {
            return Result<int>.Failed(ensured.Errors);
        }

        var teacher = ensured.Value;
        if (teacher.Id == student.Id)
        {
            return ManagedPeopleErrors.SelfLink;
        }

        if (await managed.FindLinkAsync(teacher.Id, student.Id, PersonLinkKind.Teacher, cancellationToken) is not null)
        {
            return ManagedPeopleErrors.AlreadyLinked(student.Name);
        }

        var link = new PersonLink(teacher.Id, student.Id, PersonLinkKind.Teacher, PersonLinkStatus.Pending, now);
        teacher.AddRoles(PersonRoles.Teacher);
        await people.AddLinkAsync(link, cancellationToken);
        await people.SaveAsync(cancellationToken);
        await mediator.Publish(
            new TeacherLinkRequestedNotification(link.Id, teacher.Id, teacher.Name, student.Id, student.Name, request.UserId, now), cancellationToken);
        return Result<int>.Success(link.Id);
    }
}
