namespace Festival.Application.People.Managed;

/// <summary>The student, or one of their guardians, accepts a teacher's pending link request.</summary>
public sealed record AcceptTeacherLinkCommand(string UserId, int LinkId) : IRequest<Result>, ITransactionalRequest;
