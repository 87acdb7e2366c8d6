using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus.Update;

/// <summary>Replaces everything about a class but its season and number. Entries keep the fee they were made at.</summary>
public sealed record UpdateClassCommand(int ClassId, ClassDetails Details) : IRequest<Result<ClassUpdatedNotification>>, ITransactionalRequest;
