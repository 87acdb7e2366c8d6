namespace Festival.Application.Common;

/// <summary>The database transaction that a command and every in-process reaction to it share.</summary>
public interface IUnitOfWork
{
    bool HasActiveTransaction { get; }

    /// <summary>Begins a transaction; disposing it without <see cref="IUnitOfWorkTransaction.CommitAsync"/> rolls back.</summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
