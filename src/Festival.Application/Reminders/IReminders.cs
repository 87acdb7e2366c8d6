namespace Festival.Application.Reminders;

/// <summary>An account to remind: where to write, how to greet them, and what about.</summary>
public sealed record BasketReminder(string UserId, string Email, string? Name, int Items);

public sealed record BalanceReminder(string UserId, string Email, string? Name, int InvoiceNumber, long BalanceCents);

/// <summary>Who is reminded of what, found in SQL.</summary>
public interface IReminders
{
    /// <summary>Active accounts with items in their basket for the season.</summary>
    Task<IReadOnlyList<BasketReminder>> UnsubmittedBasketsAsync(int seasonId, CancellationToken cancellationToken);

    /// <summary>Active payers whose invoice for the season is not covered by their payments.</summary>
    Task<IReadOnlyList<BalanceReminder>> BalancesAsync(int seasonId, CancellationToken cancellationToken);
}

/// <summary>
/// Runs of scheduled jobs, shared by every instance on the database: a (job, slot) is claimed by inserting its row, and
/// the unique key decides which instance runs it. The claim commits with the job's work, so a run that fails is run again.
/// </summary>
public interface IScheduledJobs
{
    /// <summary>Claims the slot in the caller's transaction; false when another run holds it (or has already done it).</summary>
    Task<bool> TryClaimAsync(string job, string slot, DateTimeOffset at, CancellationToken cancellationToken);
}
