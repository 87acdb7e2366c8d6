namespace Festival.Application.Entries.Basket;

/// <summary>
/// Puts an entry into the account's basket for the season (the current one unless <paramref name="Season"/> names
/// another), after every check the submission will make again. <paramref name="AsStaff"/> (festival staff, set by the
/// web layer from the permission) may enter anyone and after the deadline. Returns the basket item's id.
/// </summary>
public sealed record AddToBasketCommand(string UserId, EntryDraft Draft, bool AsStaff = false, string? Season = null)
    : IRequest<Result<int>>, ITransactionalRequest;
