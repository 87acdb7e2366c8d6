using Festival.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore.Storage;

namespace Festival.Infrastructure.Persistence;

/// <summary>Transactions on the request's one <see cref="FestivalDbContext"/>, which Identity and every store share.</summary>
internal sealed class UnitOfWork(FestivalDbContext db, OutboxCommitWatch outbox) : IUnitOfWork
{
    public bool HasActiveTransaction => db.Database.CurrentTransaction is not null;

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(db, outbox, await db.Database.BeginTransactionAsync(cancellationToken));

    private sealed class Transaction(FestivalDbContext db, OutboxCommitWatch outbox, IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            // Only now can the dispatcher see what the transaction enqueued.
            outbox.Committed();
        }

        public async ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                // Entities saved inside the rolled-back transaction must not linger as if they were stored.
                db.ChangeTracker.Clear();
                outbox.RolledBack();
            }

            await transaction.DisposeAsync();
        }
    }
}
