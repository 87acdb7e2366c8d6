namespace Festival.Infrastructure.Jobs;

/// <summary>A scheduled job's run for one due slot. Its key (job, slot) is what lets one instance, once, run it.</summary>
public sealed class ScheduledJobRun
{
    public const int MaxJobLength = 100;
    public const int MaxSlotLength = 100;

    private ScheduledJobRun()
    {
    }

    public ScheduledJobRun(string job, string slot, DateTimeOffset ranAt)
    {
        Job = job;
        Slot = slot;
        RanAt = ranAt;
    }

    public string Job { get; private set; } = string.Empty;

    public string Slot { get; private set; } = string.Empty;

    public DateTimeOffset RanAt { get; private set; }
}
