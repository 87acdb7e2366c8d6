namespace Festival.Application.Accounts.SignIn;

public sealed record UserSignedInNotification(string UserId, string Email, string? ClientIp, DateTimeOffset At) : INotification;

/// <summary>A failed attempt. <paramref name="UserId"/> is null when the email matches no account; the password is never carried.</summary>
public sealed record SignInFailedNotification(string Email, string? UserId, string? ClientIp, DateTimeOffset At) : INotification;

public sealed record UserLockedOutNotification(string UserId, string Email, string? ClientIp, DateTimeOffset At) : INotification;

public sealed record UserSignedOutNotification(string UserId, string? ClientIp, DateTimeOffset At) : INotification;
