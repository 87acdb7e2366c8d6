namespace Festival.Infrastructure.Persistence;

/// <summary>Used when <c>Database:Provider</c> is <c>SqlServer</c>. Its migrations live in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerFestivalDbContext(DbContextOptions<SqlServerFestivalDbContext> options) : FestivalDbContext(options);
