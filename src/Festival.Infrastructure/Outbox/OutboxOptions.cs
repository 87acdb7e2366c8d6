namespace Festival.Infrastructure.Outbox;

/// <summary>The <c>Festival:Outbox</c> configuration section: how the dispatcher polls, backs off and gives up.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Festival:Outbox";

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed attempts after which a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages claimed at once.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim lasts: a message claimed by a dispatcher that died is free again after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before attempt <paramref name="failures"/> + 1: BaseDelay × 2^(failures − 1), at most MaxDelay.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(BaseDelay.Ticks * Math.Pow(2, exponent), MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    internal bool IsValid() =>
        PollInterval > TimeSpan.Zero && BaseDelay > TimeSpan.Zero && MaxDelay >= BaseDelay && MaxAttempts >= 1
        && BatchSize >= 1 && ClaimTimeout > TimeSpan.Zero;
}
