namespace Festival.Application.Common;

public static class UnitOfWorkExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: committed when it returns a successful result,
    /// rolled back when it fails or throws. Re-entrant: inside an open transaction it just runs, and
    /// the outermost caller commits.
    /// </summary>
    public static async Task<TResult> InTransactionAsync<TResult>(
        this IUnitOfWork unitOfWork, Func<Task<TResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(work);
        if (unitOfWork.HasActiveTransaction)
        {
            return await work();
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var result = await work();
        if (result is not Result { Succeeded: false })
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}
