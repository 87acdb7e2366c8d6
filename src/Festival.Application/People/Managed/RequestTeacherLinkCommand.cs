namespace Festival.Application.People.Managed;

/// <summary>
/// A teacher asks to be linked to the student whose profile code they were given. The link waits until the student (or
/// a guardian) accepts it; until then the teacher sees nothing of the student. Returns the link's id.
/// </summary>
public sealed record RequestTeacherLinkCommand(string UserId, string ProfileCode) : IRequest<Result<int>>, ITransactionalRequest;
