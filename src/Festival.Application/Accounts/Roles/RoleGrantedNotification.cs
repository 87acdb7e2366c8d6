namespace Festival.Application.Accounts.Roles;

public sealed record RoleGrantedNotification(string UserId, string Email, string Role, string? ActorId, DateTimeOffset At) : INotification;
