namespace Festival.Application.Accounts.ConfirmEmail;

/// <summary>Sends (again) the confirm-email link. The answer is the same whether or not the address has an account.</summary>
public sealed record RequestEmailConfirmationCommand(string? Email) : IRequest<Unit>, ITransactionalRequest;

/// <summary>Confirms an email address with the token from the link.</summary>
public sealed record ConfirmEmailCommand(string? UserId, string? Token) : IRequest<Result>, ITransactionalRequest;

public sealed record EmailConfirmationRequestedNotification(string UserId, string Email, DateTimeOffset At) : INotification;

public sealed record EmailConfirmedNotification(string UserId, string Email, DateTimeOffset At) : INotification;
