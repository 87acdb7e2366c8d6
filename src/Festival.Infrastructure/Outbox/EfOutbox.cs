using System.Text.Json;
using Festival.Application.Outbox;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Outbox;

/// <summary>Writes outbox messages through the request's shared context, so they commit or roll back with the caller.</summary>
internal sealed class EfOutbox(FestivalDbContext db, OutboxCommitWatch watch, TimeProvider clock) : IOutbox
{
    public async Task EnqueueAsync<TMessage>(TMessage message, string idempotencyKey, CancellationToken cancellationToken)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return;
        }

        await TryWriteAsync([Row(message, idempotencyKey)], cancellationToken);
    }

    public async Task EnqueueManyAsync<TMessage>(IReadOnlyCollection<(TMessage Message, string IdempotencyKey)> messages, CancellationToken cancellationToken)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(messages);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        // Asked in slices: a parameter list of thousands is slow on SQLite and limited on SQL Server.
        foreach (var slice in messages.Select(m => m.IdempotencyKey).Distinct().Chunk(500))
        {
            stored.UnionWith(await db.OutboxMessages.Where(m => slice.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken));
        }

        var fresh = new List<(TMessage Message, string IdempotencyKey)>();
        foreach (var (message, key) in messages)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (stored.Add(key))
            {
                fresh.Add((message, key));
            }
        }

        if (fresh.Count == 0 || await TryWriteAsync([.. fresh.Select(m => Row(m.Message, m.IdempotencyKey))], cancellationToken))
        {
            return;
        }

        // A concurrent writer stored one of the keys after the check: none of the batch was written, so each is
        // queued on its own, and only the taken keys are skipped.
        foreach (var (message, key) in fresh)
        {
            await EnqueueAsync(message, key, cancellationToken);
        }
    }

    private OutboxMessage Row<TMessage>(TMessage message, string idempotencyKey) =>
        new(Guid.NewGuid(), OutboxMessageTypes.NameOf(typeof(TMessage)), JsonSerializer.Serialize(message, OutboxMessageTypes.Json), idempotencyKey, clock.GetUtcNow());

    /// <summary>Writes <paramref name="rows"/> (with whatever else the caller has pending); false when a key was taken meanwhile and nothing was written.</summary>
    private async Task<bool> TryWriteAsync(IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        db.OutboxMessages.AddRange(rows);

        // A concurrent writer may store the same key first; that must not undo the caller's earlier writes.
        var transaction = db.Database.CurrentTransaction;
        const string savepoint = "outbox_enqueue";
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            Forget(rows);
            return false;
        }

        // Stored: nothing changes them again in this context, and every later SaveChanges would scan them, so a command
        // that queues thousands of emails would slow down quadratically.
        Forget(rows);
        watch.MessageWritten(inTransaction: transaction is not null);
        return true;
    }

    private void Forget(IReadOnlyList<OutboxMessage> rows)
    {
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
