using System.Data.Common;

namespace Festival.Infrastructure.Persistence;

public static class DatabaseFailure
{
    /// <summary>
    /// True when <paramref name="exception"/> comes from the database being unreachable or failing (disk, lock,
    /// network), which a retry later may fix: the answer is 503, not a bug report.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            // A concurrency conflict or a duplicate key is about the data, not the database being unreachable.
            if (current is DbUpdateConcurrencyException || (current is DbUpdateException update && DbErrors.IsUniqueViolation(update)))
            {
                return false;
            }

            if (current is DbException or TimeoutException or DbUpdateException)
            {
                return true;
            }
        }

        return false;
    }
}
