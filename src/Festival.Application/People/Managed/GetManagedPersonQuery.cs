namespace Festival.Application.People.Managed;

/// <summary>
/// One person's details, for an account that is them, their accepted guardian or teacher, or festival staff
/// (<paramref name="IsStaff"/>, set by the web layer from the <c>festival_admin</c> permission). Anyone else gets
/// <see cref="ManagedPeopleErrors.PersonNotFound"/>, exactly as for an id that does not exist.
/// </summary>
public sealed record GetManagedPersonQuery(string UserId, int PersonId, bool IsStaff = false) : IRequest<Result<ManagedPersonView>>;

internal sealed class GetManagedPersonHandler(IManagedPeople people) : IRequestHandler<GetManagedPersonQuery, Result<ManagedPersonView>>
{
    public async Task<Result<ManagedPersonView>> Handle(GetManagedPersonQuery request, CancellationToken cancellationToken)
    {
        if (!request.IsStaff && !await people.ManagesAsync(request.UserId, request.PersonId, cancellationToken))
        {
            return ManagedPeopleErrors.PersonNotFound(request.PersonId);
        }

        return await people.ViewAsync(request.PersonId, cancellationToken) is { } view
            ? Result<ManagedPersonView>.Success(view)
            : ManagedPeopleErrors.PersonNotFound(request.PersonId);
    }
}
