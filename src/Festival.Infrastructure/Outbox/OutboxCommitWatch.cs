namespace Festival.Infrastructure.Outbox;

/// <summary>
/// Per scope: remembers that the open transaction wrote a due outbox message, so the unit of work wakes the
/// dispatcher right after the commit — not before, when the dispatcher could not see the message yet.
/// </summary>
internal sealed class OutboxCommitWatch(OutboxSignal signal)
{
    private bool _written;

    /// <summary>A message became due: wake the dispatcher now, or at commit when a transaction is open.</summary>
    public void MessageWritten(bool inTransaction)
    {
        if (inTransaction)
        {
            _written = true;
        }
        else
        {
            signal.Wake();
        }
    }

    public void Committed()
    {
        if (_written)
        {
            _written = false;
            signal.Wake();
        }
    }

    public void RolledBack() => _written = false;
}
