using Festival.Domain.People;

namespace Festival.Application.People.Update;

/// <summary>An administrator corrects a person's record: name, contact details, birth date, school and roles.</summary>
public sealed record UpdatePersonCommand(
    int PersonId,
    string Name,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    int? SchoolId,
    PersonRoles Roles) : IRequest<Result>, ITransactionalRequest;
