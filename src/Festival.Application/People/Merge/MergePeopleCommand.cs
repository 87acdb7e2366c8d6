namespace Festival.Application.People.Merge;

/// <summary>
/// Two records of one person become one: everything that names <paramref name="MergePersonId"/> (entries as performer,
/// teacher or accompanist, group parts, links) moves to <paramref name="KeepPersonId"/>, which also takes over the details
/// and roles it lacked; the merged record is deleted.
/// </summary>
public sealed record MergePeopleCommand(int KeepPersonId, int MergePersonId) : IRequest<Result<PeopleMergedNotification>>, ITransactionalRequest;
