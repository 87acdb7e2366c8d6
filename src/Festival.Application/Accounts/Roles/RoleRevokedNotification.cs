namespace Festival.Application.Accounts.Roles;

public sealed record RoleRevokedNotification(string UserId, string Email, string Role, string? ActorId, DateTimeOffset At) : INotification;
