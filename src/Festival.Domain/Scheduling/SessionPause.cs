namespace Festival.Domain.Scheduling;

/// <summary>A break inside a stored <see cref="Session"/> (lunch, tea); the engine sees it as a <see cref="SessionBreak"/>.</summary>
public sealed class SessionPause
{
    private SessionPause()
    {
    }

    public SessionPause(TimeOnly start, TimeOnly end)
    {
        Start = start;
        End = end;
    }

    public int SessionId { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }
}
