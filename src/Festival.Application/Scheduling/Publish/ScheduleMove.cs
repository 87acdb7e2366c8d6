namespace Festival.Application.Scheduling.Publish;

/// <summary>
/// A class part that is not where it was published: from a session and start (null: it was not published) to a
/// session and start (null: it is no longer scheduled), or in the same place with its entries in a new order.
/// </summary>
public sealed record ScheduleMove(
    int ClassId, string Code, int Part, int? FromSessionId, TimeOnly? FromStart, int? ToSessionId, TimeOnly? ToStart, bool OrderChanged);
