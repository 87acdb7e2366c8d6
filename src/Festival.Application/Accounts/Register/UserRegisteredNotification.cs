namespace Festival.Application.Accounts.Register;

/// <summary>An account was created. Handlers run inside the registration's transaction.</summary>
public sealed record UserRegisteredNotification(string UserId, string Email, string? DisplayName, DateTimeOffset RegisteredAt)
    : INotification;
