namespace Festival.Application.Common.Behaviors;

/// <summary>
/// Innermost behavior: runs an <see cref="ITransactionalRequest"/> and every in-process reaction to it
/// in one transaction. Re-entrant, so a command sent from inside another joins the outer transaction.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return request is ITransactionalRequest
            ? unitOfWork.InTransactionAsync(() => next(), cancellationToken)
            : next();
    }
}
