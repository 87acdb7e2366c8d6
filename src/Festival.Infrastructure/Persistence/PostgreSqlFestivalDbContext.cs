using System.Text.RegularExpressions;

namespace Festival.Infrastructure.Persistence;

/// <summary>Used when <c>Database:Provider</c> is <c>PostgreSql</c>. Its migrations live in <c>Migrations/PostgreSql</c>.</summary>
public sealed partial class PostgreSqlFestivalDbContext(DbContextOptions<PostgreSqlFestivalDbContext> options) : FestivalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Index filters are written once, SQL Server style ("[IsPrimary] = 1"); PostgreSQL quotes names with double
        // quotes and compares booleans with TRUE.
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            if (index.GetFilter() is { } filter)
            {
                index.SetFilter(BooleanTrue().Replace(BracketedName().Replace(filter, "\"$1\""), "$1 = TRUE"));
            }
        }
    }

    [GeneratedRegex(@"\[(\w+)\]")]
    private static partial Regex BracketedName();

    [GeneratedRegex(@"(""Is\w+"") = 1")]
    private static partial Regex BooleanTrue();
}
