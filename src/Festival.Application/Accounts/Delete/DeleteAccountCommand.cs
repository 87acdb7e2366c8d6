namespace Festival.Application.Accounts.Delete;

/// <summary>
/// Deletes the account at its owner's request, confirmed by typing its email. In one transaction: the sign-in is made
/// unusable and stripped of personal data (its row stays, so invoices keep their payer and numbers), the profile and
/// basket go, and each person the account managed is anonymized, or kept while a season they take part in is not
/// finished, or left to another guardian (see <see cref="IAccountErasure"/>).
/// </summary>
public sealed record DeleteAccountCommand(string UserId, string ConfirmEmail) : IRequest<Result<AccountDeletedNotification>>, ITransactionalRequest;

/// <summary>An account was deleted: how many people were anonymized, kept for a running season, or left to another guardian.</summary>
public sealed record AccountDeletedNotification(string UserId, int PeopleAnonymized, int PeopleKept, int PeopleLeftToOthers, DateTimeOffset At) : INotification;

public sealed record ErasureOutcome(int PeopleAnonymized, int PeopleKept, int PeopleLeftToOthers);

/// <summary>The erasure itself, in the caller's transaction.</summary>
public interface IAccountErasure
{
    /// <summary>
    /// Erases <paramref name="userId"/>. The account's own person and its children (accepted guardian links) are treated
    /// alike: a child another account also guards is left to that guardian; a person performing, teaching or accompanying
    /// in a season that is not finished (no end date yet, or ending on or after <paramref name="today"/>) keeps their
    /// name, detached from the account, because that season's programme needs it; everyone else is anonymized, their
    /// entries and results kept under <see cref="Domain.People.Person.AnonymousName"/>.
    /// </summary>
    Task<ErasureOutcome> EraseAsync(string userId, DateOnly today, DateTimeOffset at, CancellationToken cancellationToken);
}
