namespace Festival.Application.Entries.Withdraw;

/// <summary>
/// Withdraws an entry: its submitter may until the entry deadline (or the end of a late window), festival staff
/// (<paramref name="AsStaff"/>) at any time. Anyone else is told there is no such entry.
/// </summary>
public sealed record WithdrawEntryCommand(string UserId, int EntryId, bool AsStaff = false) : IRequest<Result>, ITransactionalRequest;
