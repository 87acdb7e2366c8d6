namespace Festival.Application.Payments;

/// <summary>
/// Starts paying the account's invoice online: a hosted checkout for its balance, with <paramref name="ReturnUrl"/> and
/// <paramref name="CancelUrl"/> to come back to. Refused when the festival takes no online payments or nothing is owed.
/// Writes nothing: the payment is recorded only when the provider's signed webhook says it was paid.
/// </summary>
public sealed record StartCheckoutCommand(string UserId, Uri ReturnUrl, Uri CancelUrl, string? Season = null) : IRequest<Result<CheckoutSession>>;
