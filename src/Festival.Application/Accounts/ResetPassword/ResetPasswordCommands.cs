namespace Festival.Application.Accounts.ResetPassword;

/// <summary>Emails a reset link. The answer is the same whether or not the address has an account.</summary>
public sealed record RequestPasswordResetCommand(string? Email, string? ClientIp) : IRequest<Unit>, ITransactionalRequest;

/// <summary>Sets a new password with the token from a reset link. The link then no longer works.</summary>
public sealed record ResetPasswordCommand(string? UserId, string? Token, string NewPassword) : IRequest<Result>
{
    public override string ToString() => $"{nameof(ResetPasswordCommand)} {{ UserId = {UserId} }}";
}

public sealed record PasswordResetRequestedNotification(string UserId, string Email, string? ClientIp, DateTimeOffset At) : INotification;

public sealed record PasswordResetNotification(string UserId, string Email, DateTimeOffset At) : INotification;
