using Festival.Application.People.Managed;

namespace Festival.Application.People.Groups;

/// <summary>The groups an account enters (those whose contact it is), each with its performers.</summary>
public sealed record GetMyGroupsQuery(string UserId) : IRequest<IReadOnlyList<GroupSummary>>;

public sealed record GroupSummary(int Id, string Name, IReadOnlyList<string> Performers);

internal sealed class GetMyGroupsHandler(IManagedPeople managed) : IRequestHandler<GetMyGroupsQuery, IReadOnlyList<GroupSummary>>
{
    public Task<IReadOnlyList<GroupSummary>> Handle(GetMyGroupsQuery request, CancellationToken cancellationToken) =>
        managed.GroupsAsync(request.UserId, cancellationToken);
}
