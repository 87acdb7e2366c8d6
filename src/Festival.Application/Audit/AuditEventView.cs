namespace Festival.Application.Audit;

/// <summary>One audit event as a listing shows it. <paramref name="Details"/> is the stored JSON.</summary>
public sealed record AuditEventView(
    Guid Id, string Type, string SubjectUserId, string? ActorUserId, DateTimeOffset At, string? IpAddress, string Details);
