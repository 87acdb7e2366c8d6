using System.Text.Json;
using Festival.Domain.Audit;

namespace Festival.Application.Audit;

public static class AuditRecording
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The one way an event enters the trail: a new id, and the details as web-style JSON.</summary>
    public static Task RecordAsync(
        this IAuditTrail trail, string type, string subject, string? actorUserId, DateTimeOffset at, string? ipAddress, object details,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trail);
        return trail.AddAsync(new AuditEvent(Guid.NewGuid(), type, subject, actorUserId, at, ipAddress, JsonSerializer.Serialize(details, Json)), cancellationToken);
    }
}
