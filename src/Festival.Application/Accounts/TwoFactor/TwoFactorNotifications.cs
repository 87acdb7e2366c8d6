namespace Festival.Application.Accounts.TwoFactor;

public sealed record TwoFactorEnabledNotification(string UserId, string Email, DateTimeOffset At) : INotification;

/// <summary><paramref name="ActorId"/> is null when the owner turned it off, or names the operator who reset it.</summary>
public sealed record TwoFactorDisabledNotification(string UserId, string Email, string? ActorId, bool ByOperator, DateTimeOffset At) : INotification;

public sealed record RecoveryCodeUsedNotification(string UserId, string Email, int CodesLeft, string? ClientIp, DateTimeOffset At) : INotification;

public sealed record RecoveryCodesRegeneratedNotification(string UserId, string Email, DateTimeOffset At) : INotification;
