namespace Festival.Application.Accounts.Deactivate;

/// <summary>Stops an account from signing in and ends its sessions. Nothing is deleted; it can be reactivated.</summary>
public sealed record DeactivateUserCommand(string UserId, string? ActorId = null) : IRequest<Result>, ITransactionalRequest;

/// <summary>Lets a deactivated account sign in again.</summary>
public sealed record ReactivateUserCommand(string UserId, string? ActorId = null) : IRequest<Result>, ITransactionalRequest;

public sealed record UserDeactivatedNotification(string UserId, string Email, string? ActorId, DateTimeOffset At) : INotification;

public sealed record UserReactivatedNotification(string UserId, string Email, string? ActorId, DateTimeOffset At) : INotification;
