using Festival.Application.Accounts;

namespace Festival.Application.People.Update;

internal sealed class UpdatePersonHandler(IPeople people, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<UpdatePersonCommand, Result>
{
    public async Task<Result> Handle(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(request.PersonId, cancellationToken);
        if (person is null)
        {
            return Result.Failed(PeopleErrors.PersonNotFound(request.PersonId));
        }

        if (request.SchoolId is { } schoolId && !await people.SchoolExistsAsync(schoolId, cancellationToken))
        {
            return Result.Failed(PeopleErrors.SchoolNotFound);
        }

        var now = clock.GetUtcNow();
        person.Edit(request.Name, AccountInput.NormalizeText(request.Email), AccountInput.NormalizeText(request.Phone), request.BirthDate,
            request.SchoolId, request.Roles, now);
        await people.SaveAsync(cancellationToken);
        await mediator.Publish(new PersonUpdatedNotification(person.Id, person.Name, requestContext.UserId, now), cancellationToken);
        return Result.Success();
    }
}
