using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.People;

internal static class ProfileCodes
{
    /// <summary><paramref name="count"/> different profile codes that no person holds yet.</summary>
    public static async Task<IReadOnlyList<string>> NewAsync(FestivalDbContext db, int count, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var candidates = Enumerable.Range(0, count - codes.Count).Select(_ => ProfileCode.NewRandom()).Where(c => !codes.Contains(c)).ToHashSet();
            // Asked in slices: a parameter list of thousands is slow on SQLite and limited on SQL Server.
            foreach (var slice in candidates.Chunk(500))
            {
                var taken = await db.People.Where(p => slice.Contains(p.ProfileCode)).Select(p => p.ProfileCode).ToListAsync(cancellationToken);
                codes.UnionWith(slice.Except(taken));
            }
        }

        return [.. codes.Take(count)];
    }
}
