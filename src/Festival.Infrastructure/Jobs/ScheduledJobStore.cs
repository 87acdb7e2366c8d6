using Festival.Application.Reminders;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Jobs;

internal sealed class ScheduledJobStore(FestivalDbContext db) : IScheduledJobs
{
    public async Task<bool> TryClaimAsync(string job, string slot, DateTimeOffset at, CancellationToken cancellationToken) =>
        !await db.ScheduledJobRuns.AnyAsync(r => r.Job == job && r.Slot == slot, cancellationToken)
        && await db.TryAddAsync(new ScheduledJobRun(job, slot, at), "scheduled_job", cancellationToken);
}
