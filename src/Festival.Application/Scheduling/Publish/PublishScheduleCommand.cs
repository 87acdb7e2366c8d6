namespace Festival.Application.Scheduling.Publish;

/// <summary>
/// Publishes the season's stored schedule as the next version. Refused while a conflict is blocking unless
/// <paramref name="Override"/> (audited with the conflicts).
/// </summary>
public sealed record PublishScheduleCommand(string? Season = null, bool Override = false) : IRequest<Result<SchedulePublishedNotification>>, ITransactionalRequest;
