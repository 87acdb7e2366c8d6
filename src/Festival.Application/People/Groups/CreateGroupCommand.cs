namespace Festival.Application.People.Groups;

/// <summary>
/// An account makes a group (an ensemble, a band, a choir) of people it enters, to enter it in classes for groups. The
/// account's own person becomes the group's contact, which is what lets the account enter the group. Returns its id.
/// </summary>
public sealed record CreateGroupCommand(string UserId, string Name, IReadOnlyList<int> MemberIds) : IRequest<Result<int>>, ITransactionalRequest;

public sealed record GroupCreatedNotification(string UserId, int GroupId, string Name, IReadOnlyList<int> MemberIds, DateTimeOffset At) : INotification;
