namespace Festival.Infrastructure.Persistence;

/// <summary>Which database Festival uses (<c>Database:Provider</c>) and where (<c>ConnectionStrings:Festival</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Festival";
    public const string DefaultSqliteConnectionString = "Data Source=data/festival.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>How long a SQLite writer waits for the write lock before giving up.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
