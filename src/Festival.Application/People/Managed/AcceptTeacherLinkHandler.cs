using Festival.Domain.People;

namespace Festival.Application.People.Managed;

internal sealed class AcceptTeacherLinkHandler(IPeople people, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AcceptTeacherLinkCommand, Result>
{
    public async Task<Result> Handle(AcceptTeacherLinkCommand request, CancellationToken cancellationToken)
    {
        var link = await managed.FindLinkAsync(request.LinkId, cancellationToken);
        if (link is not { Kind: PersonLinkKind.Teacher, Status: PersonLinkStatus.Pending }
            || !await managed.AnswersForAsync(request.UserId, link.OtherPersonId, cancellationToken))
        {
            // A teacher cannot accept their own request, nor can anyone who does not answer for the student.
            return Result.Failed(ManagedPeopleErrors.LinkNotFound(request.LinkId));
        }

        var teacher = await managed.FindAsync(link.PersonId, cancellationToken);
        var student = await managed.FindAsync(link.OtherPersonId, cancellationToken);
        var now = clock.GetUtcNow();
        link.Accept();
        await people.SaveAsync(cancellationToken);
        await mediator.Publish(
            new TeacherLinkAcceptedNotification(link.Id, link.PersonId, teacher!.Name, link.OtherPersonId, student!.Name, request.UserId, now), cancellationToken);
        return Result.Success();
    }
}
