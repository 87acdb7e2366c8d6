using Microsoft.EntityFrameworkCore.Design;

namespace Festival.Infrastructure.Persistence;

// `dotnet ef migrations add` builds each provider's context from these, with no host and no server.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFestivalDbContext>
{
    public SqliteFestivalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFestivalDbContext>().UseSqlite(DatabaseOptions.DefaultSqliteConnectionString).Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerFestivalDbContext>
{
    public SqlServerFestivalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerFestivalDbContext>().UseSqlServer("Server=(design-time);Database=Festival").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlFestivalDbContext>
{
    public PostgreSqlFestivalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlFestivalDbContext>().UseNpgsql("Host=design-time;Database=festival").Options);
}
