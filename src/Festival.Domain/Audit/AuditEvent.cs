namespace Festival.Domain.Audit;

/// <summary>
/// One entry of the audit trail: something that happened to an account, who did it, when and from where.
/// Written once, never changed. <see cref="Details"/> is JSON and never holds a password, hash or token.
/// </summary>
public sealed class AuditEvent
{
    public const int MaxTypeLength = 64;
    public const int MaxIpAddressLength = 45;

    private AuditEvent()
    {
    }

    public AuditEvent(Guid id, string type, string subjectUserId, string? actorUserId, DateTimeOffset at, string? ipAddress, string details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectUserId);
        ArgumentNullException.ThrowIfNull(details);
        Id = id;
        Type = type;
        SubjectUserId = subjectUserId;
        ActorUserId = actorUserId;
        At = at;
        // An address longer than IPv6's longest text form is not an address; keep the column bounded.
        IpAddress = ipAddress is { Length: > MaxIpAddressLength } ? ipAddress[..MaxIpAddressLength] : ipAddress;
        Details = details;
    }

    public Guid Id { get; private set; }

    /// <summary>What happened, e.g. <c>UserRegistered</c>.</summary>
    public string Type { get; private set; } = string.Empty;

    /// <summary>The account it happened to.</summary>
    public string SubjectUserId { get; private set; } = string.Empty;

    /// <summary>Who did it, when known: the user themselves, an administrator, or nobody (the command line).</summary>
    public string? ActorUserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? IpAddress { get; private set; }

    public string Details { get; private set; } = "{}";
}
