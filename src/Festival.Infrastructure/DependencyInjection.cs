using Festival.Application;
using Festival.Application.Accounts;
using Festival.Application.Profiles;
using Festival.Infrastructure.Identity;
using Festival.Infrastructure.Persistence;
using Festival.Infrastructure.Profiles;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database (SQLite by default, SQL Server when <c>Database:Provider</c> says so), Identity on it, and the
    /// implementations of the Application abstractions. Handlers in this assembly are found by scanning.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FestivalOptions>()
            .Bind(configuration.GetSection(FestivalOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultRole), "Festival:DefaultRole must name a role.")
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider must be Sqlite or SqlServer.")
            .ValidateOnStart();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer, so ConnectionStrings:Festival must be set.");
                }

                services.AddDbContext<FestivalDbContext, SqlServerFestivalDbContext>(options => options.UseSqlServer(connectionString));
                break;
            default:
                services.AddDbContext<FestivalDbContext, SqliteFestivalDbContext>((provider, options) =>
                {
                    // Relative paths are relative to the app's content root, not to wherever it was started from.
                    var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                    options.UseSqlite(SqliteConnectionSetup.Normalize(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, root, database.BusyTimeoutSeconds))
                        .AddInterceptors(new SqliteConnectionSetup(database.BusyTimeoutSeconds));
                });
                break;
        }

        services.AddIdentityCore<FestivalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The email is the user name; AccountInput decides which emails are acceptable.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<FestivalClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<FestivalDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<IdentityOptions>(configuration.GetSection("Festival:Identity"));

        // Keys in the database: a restart, or a second instance, still reads the cookies and tokens of the first.
        services.AddDataProtection().SetApplicationName("Festival").PersistKeysToDbContext<FestivalDbContext>();

        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IRoles, Roles>();
        services.AddScoped<IProfiles, ProfileStore>();

        // A real query, not just opening a connection: SQLite opens any file, even one that is not a database.
        services.AddHealthChecks().AddDbContextCheck<FestivalDbContext>("database",
            customTestQuery: async (db, ct) => await db.Roles.AnyAsync(ct) || true);

        return services.AddHandlersFrom(typeof(DependencyInjection).Assembly);
    }
}
