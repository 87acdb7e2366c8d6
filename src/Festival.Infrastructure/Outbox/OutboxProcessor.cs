using Festival.Application.Outbox;
using Festival.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Outbox;

/// <summary>
/// One pass of the dispatcher: claims a batch of due messages, oldest first, and delivers each in a DI scope of
/// its own. A claim is a conditional UPDATE, so two dispatchers on one database never hold the same message;
/// a claim expires, so a message held by a dispatcher that died is delivered by another later.
/// </summary>
internal sealed class OutboxProcessor(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxProcessor> logger)
{
    /// <summary>Delivers (or fails) up to one batch of due messages; returns how many it claimed.</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claim = Guid.NewGuid();
        var claimed = await ClaimAsync(claim, settings, cancellationToken);
        try
        {
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await DeliverAsync(message, claim, settings, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what this pass did not finish is free for the next dispatcher at once, not after the claim expires.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().OutboxMessages
                .Where(m => m.ClaimToken == claim)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }

        return claimed.Count;
    }

    private async Task<List<ClaimedMessage>> ClaimAsync(Guid claim, OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var now = clock.GetUtcNow();
        var claimedUntil = now + settings.ClaimTimeout;

        // One statement chooses the oldest due messages and claims them: "due and unclaimed" is checked as the row is
        // written, so a message another dispatcher claimed first is skipped, and an idle poll costs one command.
        var oldestDue = Due(db, now).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize);
        var claimedCount = await Due(db, now).Where(m => oldestDue.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, claim).SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);
        if (claimedCount == 0)
        {
            return [];
        }

        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == claim)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new ClaimedMessage(m.Id, m.Type, m.Payload, m.IdempotencyKey, m.Attempts))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<OutboxMessage> Due(FestivalDbContext db, DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now
            && (m.ClaimedUntil == null || m.ClaimedUntil <= now));

    private async Task DeliverAsync(ClaimedMessage message, Guid claim, OutboxOptions settings, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await OutboxMessageTypes.DeliverAsync(scope.ServiceProvider, message.Type, message.Payload,
                new OutboxDelivery(message.Id, message.IdempotencyKey, message.Attempts), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = ex;
        }

        // Recorded even while shutting down: a delivered message must not be delivered again for want of a write.
        await using var bookkeeping = scopes.CreateAsyncScope();
        var mine = bookkeeping.ServiceProvider.GetRequiredService<FestivalDbContext>().OutboxMessages
            .Where(m => m.Id == message.Id && m.ClaimToken == claim);
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        int updated;
        if (failure is null)
        {
            updated = await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            logger.LogDebug("Delivered outbox message {MessageId} ({Type}) on attempt {Attempt}", message.Id, message.Type, attempts);
        }
        else
        {
            var deadLetteredAt = attempts >= settings.MaxAttempts ? now : (DateTimeOffset?)null;
            var nextAttemptAt = now + settings.DelayAfter(attempts);
            var error = Describe(failure);
            updated = await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.DeadLetteredAt, deadLetteredAt)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
            if (deadLetteredAt is null)
            {
                logger.LogWarning("Outbox message {MessageId} ({Type}) failed on attempt {Attempt}; next try at {NextAttemptAt}: {Error}",
                    message.Id, message.Type, attempts, nextAttemptAt, error);
            }
            else
            {
                logger.LogError("Outbox message {MessageId} ({Type}) is dead-lettered after {Attempt} attempts: {Error}",
                    message.Id, message.Type, attempts, error);
            }
        }

        if (updated == 0)
        {
            logger.LogWarning("The claim on outbox message {MessageId} expired before its outcome was recorded; it may be delivered again.", message.Id);
        }
    }

    /// <summary>The exception's type and message, never its stack trace, truncated to fit the column.</summary>
    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= OutboxMessage.MaxErrorLength ? text : text[..OutboxMessage.MaxErrorLength];
    }

    private sealed record ClaimedMessage(Guid Id, string Type, string Payload, string IdempotencyKey, int Attempts);
}
