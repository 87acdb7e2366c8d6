namespace Festival.Infrastructure.Persistence;

internal static class UniqueInsert
{
    /// <summary>
    /// Adds <paramref name="row"/> and saves it; false when a unique key says it exists already (written by someone else
    /// at the same moment). Inside a transaction a savepoint undoes only this row, so the caller's earlier writes stay
    /// (PostgreSQL would otherwise abort the whole transaction).
    /// </summary>
    public static async Task<bool> TryAddAsync<T>(this FestivalDbContext db, T row, string savepoint, CancellationToken cancellationToken)
        where T : class
    {
        db.Add(row);
        var transaction = db.Database.CurrentTransaction;
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }
}
