namespace Festival.Infrastructure.Persistence;

/// <summary>The embedded default. Its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteFestivalDbContext(DbContextOptions<SqliteFestivalDbContext> options) : FestivalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type; UTC ticks keep ORDER BY and comparisons in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
