namespace Festival.Domain.Scheduling;

/// <summary>How firmly staff fixed a scheduled class: not at all, to its session, or to its session and start time.</summary>
public enum SchedulePinKind
{
    None,
    Session,
    SessionAndTime,
}
