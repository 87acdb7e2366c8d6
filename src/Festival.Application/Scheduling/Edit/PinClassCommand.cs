namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// Pins a class so the generator keeps it: with neither session nor start, where it is now (session and time); with a
/// session, to that session (moved there if it is elsewhere); with a start, to that time too. <paramref name="Unpin"/>
/// releases it. The pin is on the class's first part.
/// </summary>
public sealed record PinClassCommand(int ClassId, int? SessionId = null, TimeOnly? Start = null, bool Unpin = false, bool Override = false, string? Season = null)
    : IRequest<Result<ScheduleEditResult>>, ITransactionalRequest;
