namespace Festival.Application.People.Managed;

/// <summary>The people <paramref name="UserId"/> enters: themself, their children and their students.</summary>
public sealed record GetMyPeopleQuery(string UserId) : IRequest<MyPeople>;

internal sealed class GetMyPeopleHandler(IManagedPeople people) : IRequestHandler<GetMyPeopleQuery, MyPeople>
{
    public Task<MyPeople> Handle(GetMyPeopleQuery request, CancellationToken cancellationToken) =>
        people.ListAsync(request.UserId, cancellationToken);
}
