namespace Festival.Application.People.Managed;

/// <summary>
/// Adds a person the account enters: itself (its own person record, made once), or a new child or student linked to the
/// account's person by an accepted guardian or teacher link. <paramref name="PublishName"/> records the account's consent
/// to print the person's full name in the public programme and results (without it they show as initials). Returns the person's id.
/// </summary>
public sealed record AddManagedPersonCommand(string UserId, Relationship Relationship, string Name, DateOnly? BirthDate, string? Email = null, bool PublishName = false)
    : IRequest<Result<int>>, ITransactionalRequest;
