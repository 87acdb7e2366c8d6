using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace Festival.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    private static SqlServerFestivalDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerFestivalDbContext>().UseSqlServer("Server=unreachable.invalid;Database=Festival").Options);

    private static PostgreSqlFestivalDbContext PostgreSqlContext() =>
        new(new DbContextOptionsBuilder<PostgreSqlFestivalDbContext>().UseNpgsql("Host=unreachable.invalid;Database=festival").Options);

    private static SqliteFestivalDbContext SqliteContext() =>
        new(new DbContextOptionsBuilder<SqliteFestivalDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Test]
    public void The_SQL_Server_migrations_generate_a_script_without_a_server()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.That(script, Does.Contain("CREATE TABLE [AspNetUsers]"));
        Assert.That(script, Does.Contain("CREATE TABLE [Profiles]"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_Profiles_UserId_Primary] ON [Profiles] ([UserId]) WHERE [IsPrimary] = 1"));
        Assert.That(script, Does.Contain("CREATE TABLE [DataProtectionKeys]"));
        Assert.That(script, Does.Contain("CREATE TABLE [OutboxMessages]"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_OutboxMessages_IdempotencyKey] ON [OutboxMessages] ([IdempotencyKey])"));
        Assert.That(script, Does.Contain("CREATE TABLE [AuditEvents]"));
    }

    [Test]
    public void The_PostgreSQL_migrations_generate_a_script_without_a_server()
    {
        using var db = PostgreSqlContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.That(script, Does.Contain("CREATE TABLE \"AspNetUsers\""));
        Assert.That(script, Does.Contain("CREATE TABLE \"Profiles\""));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX \"IX_Profiles_UserId_Primary\" ON \"Profiles\" (\"UserId\") WHERE \"IsPrimary\" = TRUE"));
        Assert.That(script, Does.Contain("WHERE \"DeliveredAt\" IS NULL AND \"DeadLetteredAt\" IS NULL"));
        Assert.That(script, Does.Contain("CREATE TABLE \"DataProtectionKeys\""));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX \"IX_OutboxMessages_IdempotencyKey\" ON \"OutboxMessages\" (\"IdempotencyKey\")"));
        Assert.That(script, Does.Contain("CREATE TABLE \"AuditEvents\""));
        Assert.That(script, Does.Not.Contain("["), "no SQL Server quoting left in index filters");
    }

    [Test]
    public void Each_providers_migrations_match_its_model()
    {
        using var sqlServer = SqlServerContext();
        using var sqlite = SqliteContext();
        using var postgreSql = PostgreSqlContext();

        Assert.That(sqlServer.Database.HasPendingModelChanges(), Is.False, "Run scripts/add-migration.sh: SqlServerFestivalDbContext is behind its model");
        Assert.That(sqlite.Database.HasPendingModelChanges(), Is.False, "Run scripts/add-migration.sh: SqliteFestivalDbContext is behind its model");
        Assert.That(postgreSql.Database.HasPendingModelChanges(), Is.False, "Run scripts/add-migration.sh: PostgreSqlFestivalDbContext is behind its model");
    }

    [Test]
    public void The_providers_keep_their_migrations_apart()
    {
        using var sqlServer = SqlServerContext();
        using var sqlite = SqliteContext();
        using var postgreSql = PostgreSqlContext();

        var sqliteMigrations = sqlite.GetService<IMigrationsAssembly>().Migrations.Values;
        var sqlServerMigrations = sqlServer.GetService<IMigrationsAssembly>().Migrations.Values;
        var postgreSqlMigrations = postgreSql.GetService<IMigrationsAssembly>().Migrations.Values;

        Assert.That(sqliteMigrations.Select(t => t.Namespace), Is.All.EndsWith(".Sqlite").And.Not.Empty);
        Assert.That(sqlServerMigrations.Select(t => t.Namespace), Is.All.EndsWith(".SqlServer").And.Not.Empty);
        Assert.That(postgreSqlMigrations.Select(t => t.Namespace), Is.All.EndsWith(".PostgreSql").And.Not.Empty);
    }

    [Test]
    public async Task The_PostgreSQL_migrations_apply_to_a_real_server_and_db_check_and_db_seed_work_on_it()
    {
        using var database = new TestDatabase(DatabaseProvider.PostgreSql);
        await using var services = FestivalTestServices.Create(database);

        var applied = await services.MigrateDatabaseAsync();
        await services.EnsureConfiguredRolesAsync();
        var seeded = await services.SeedUsersAsync(50, "Festival-2026");
        var report = await services.CheckDatabaseAsync();

        Assert.That(applied, Is.Not.Empty);
        Assert.That(await services.MigrateDatabaseAsync(), Is.Empty, "a second run has nothing to apply");
        Assert.That(seeded.Seeded, Is.True, seeded.Message);
        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.Users, Is.EqualTo(50));
    }

    [Test]
    public async Task The_SQLite_migrations_apply_to_a_real_file_in_WAL_mode()
    {
        using var database = new TestDatabase();
        await using var services = FestivalTestServices.Create(database);

        var applied = await services.MigrateDatabaseAsync();

        Assert.That(applied, Is.Not.Empty);
        Assert.That(File.Exists(database.FilePath), Is.True);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('AspNetUsers', 'AspNetRoles', 'Profiles', 'DataProtectionKeys')";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.That(tables, Is.EquivalentTo(new[] { "AspNetUsers", "AspNetRoles", "Profiles", "DataProtectionKeys" }));
        Assert.That(await services.MigrateDatabaseAsync(), Is.Empty, "a second run has nothing to apply");
    }

    [Test]
    public void A_database_in_a_folder_that_does_not_exist_yet_is_created_with_its_folder()
    {
        using var database = new TestDatabase();
        var nested = Path.Combine(database.Folder, "data", "deeper", "festival.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Festival"] = $"Data Source={nested}", ["Festival:Roles:User:0"] = "user_read" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication();
        services.AddInfrastructure(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.DoesNotThrowAsync(() => provider.InitializeDatabaseAsync());
        Assert.That(File.Exists(nested), Is.True);
    }
}
