using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

/// <summary>What makes a session acceptable, shared by the one-session and the template commands.</summary>
internal static class SessionRules
{
    /// <summary>The room exists, the adjudicator (if any) belongs to the season, and the times make sense.</summary>
    public static async Task<Error?> CheckAsync(
        IScheduleSetup setup, int seasonId, int roomId, int? adjudicatorId, TimeOnly start, TimeOnly end, IReadOnlyList<TimeRange> breaks,
        CancellationToken cancellationToken)
    {
        if (Session.TimesProblem(start, end, breaks.Select(b => (b.Start, b.End))) is { } problem)
        {
            return ScheduleErrors.Times(problem);
        }

        if (await setup.FindRoomAsync(roomId, cancellationToken) is null)
        {
            return ScheduleErrors.RoomNotFound(roomId);
        }

        if (adjudicatorId is { } a && (await setup.FindAdjudicatorAsync(a, cancellationToken))?.SeasonId != seasonId)
        {
            return ScheduleErrors.AdjudicatorNotFound(a);
        }

        return null;
    }
}
