namespace Festival.Application.Accounts.ChangePassword;

public sealed record PasswordChangedNotification(string UserId, string Email, DateTimeOffset At) : INotification;
