namespace Festival.Application.Entries.Submit;

/// <summary>
/// Submits the account's basket: every item is checked again (window, class, relationship, rules, not entered yet) and
/// all become entries in one transaction, or none does. The basket is emptied in that transaction, so a second click
/// finds nothing to submit and the unique entry identity stops a concurrent one: one set of entries either way.
/// </summary>
public sealed record SubmitEntriesCommand(string UserId, bool AsStaff = false, string? Season = null)
    : IRequest<Result<EntriesSubmittedNotification>>, ITransactionalRequest;
