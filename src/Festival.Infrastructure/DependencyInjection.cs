using Festival.Application;
using Festival.Application.Accounts;
using Festival.Application.Accounts.Delete;
using Festival.Application.Accounts.Passkeys;
using Festival.Application.Accounts.Sessions;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.TwoFactor;
using Festival.Application.Audit;
using Festival.Application.Email;
using Festival.Application.Entries.Import;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Outbox;
using Festival.Application.Payments;
using Festival.Application.People;
using Festival.Application.Profiles;
using Festival.Application.Reminders;
using Festival.Application.Repertoire;
using Festival.Application.Reports;
using Festival.Application.Scheduling;
using Festival.Application.Results;
using Festival.Application.Results.Documents;
using Festival.Application.Seasons;
using Festival.Application.Syllabus;
using Festival.Infrastructure.Audit;
using Festival.Infrastructure.Documents;
using Festival.Infrastructure.Email;
using Festival.Infrastructure.Entries;
using Festival.Infrastructure.Http;
using Festival.Infrastructure.Identity;
using Festival.Infrastructure.Imports;
using Festival.Infrastructure.Jobs;
using Festival.Infrastructure.Outbox;
using Festival.Infrastructure.Payments;
using Festival.Infrastructure.Payments.Test;
using Festival.Infrastructure.People;
using Festival.Infrastructure.Persistence;
using Festival.Infrastructure.Privacy;
using Festival.Infrastructure.Profiles;
using Festival.Infrastructure.Repertoire;
using Festival.Infrastructure.Reports;
using Festival.Infrastructure.Scheduling;
using Festival.Infrastructure.Results;
using Festival.Infrastructure.Seasons;
using Festival.Infrastructure.Syllabus;
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
    /// The database (SQLite by default, SQL Server or PostgreSQL when <c>Database:Provider</c> says so), Identity on it, and the
    /// implementations of the Application abstractions, email, and the outbox dispatcher (a hosted service, so it runs
    /// only in a started host). Handlers in this assembly are found by scanning.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FestivalOptions>()
            .Bind(configuration.GetSection(FestivalOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultRole), "Festival:DefaultRole must name a role.")
            .Validate(o => o.Roles.Count > 0, "Festival:Roles must configure at least one role (is appsettings.json missing?).")
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider must be Sqlite, SqlServer or PostgreSql.")
            .ValidateOnStart();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        if (database.Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is {database.Provider}, so ConnectionStrings:Festival must be set.");
        }

        // Pooled contexts: every signed-in request checks its session with one query, and building a context for it
        // (options, internal services, 33 sets) cost more than the query itself. Contexts carry no per-request state.
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<FestivalDbContext, SqlServerFestivalDbContext>(options => options.UseSqlServer(connectionString));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<FestivalDbContext, PostgreSqlFestivalDbContext>(options => options.UseNpgsql(connectionString));
                break;
            default:
                services.AddDbContextPool<FestivalDbContext, SqliteFestivalDbContext>((provider, options) =>
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
                // The passkey table (and the EF model's passkey entity) of Identity's .NET 10 schema.
                options.Stores.SchemaVersion = FestivalDbContext.IdentitySchema;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<FestivalClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<FestivalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodeTokenProvider>(AuthenticatorCodeTokenProvider.Name);
        services.Configure<IdentityOptions>(options => options.Tokens.AuthenticatorTokenProvider = AuthenticatorCodeTokenProvider.Name);
        services.Configure<IdentityOptions>(configuration.GetSection("Festival:Identity"));
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section))
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Festival:Accounts:LinkLifetime must be positive.")
            .Validate(o => o.PublicBaseUrl.IsAbsoluteUri, "Festival:Accounts:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
            identity.SignIn.RequireConfirmedEmail = accounts.Value.RequireConfirmedEmail);
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<AccountOptions>>((tokens, accounts) =>
            tokens.TokenLifespan = accounts.Value.LinkLifetime);

        // Keys in the database: a restart, or a second instance, still reads the cookies and tokens of the first.
        services.AddDataProtection().SetApplicationName("Festival").PersistKeysToDbContext<FestivalDbContext>();

        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IRoles, Roles>();
        services.AddScoped<IProfiles, ProfileStore>();
        services.AddScoped<UserSessionStore>();
        services.AddScoped<IUserSessions>(provider => provider.GetRequiredService<UserSessionStore>());
        services.AddScoped<AuthenticatorCodes>();
        services.AddScoped<ITwoFactorAccounts, TwoFactorAccounts>();
        services.AddScoped<IPasskeys, PasskeyCeremonies>();
        services.AddScoped<ISignInSessions, CookieSessions>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IAccountErasure, AccountErasure>();
        AddFestival(services, configuration);
        // The sign-in manager and the request context need these; the web host adds the cookie scheme itself.
        services.AddHttpContextAccessor();
        services.AddAuthentication();
        services.AddScoped<IRequestContext, HttpRequestContext>();

        AddOutbox(services, configuration);
        AddEmail(services, configuration);
        AddImportsAndReports(services, configuration);
        AddPayments(services, configuration);
        AddReminders(services, configuration);

        // A real query, not just opening a connection: SQLite opens any file, even one that is not a database.
        services.AddHealthChecks().AddDbContextCheck<FestivalDbContext>("database",
            customTestQuery: async (db, ct) => await db.Roles.AnyAsync(ct) || true);

        return services.AddHandlersFrom(typeof(DependencyInjection).Assembly);
    }

    /// <summary>Seasons, the syllabus, people and entries.</summary>
    private static void AddFestival(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeasonOptions>().Bind(configuration.GetSection(SeasonOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.FestivalName), "Festival:Season:FestivalName must name the festival.")
            .Validate(o => DateOnly.TryParseExact($"2000-{o.DefaultAgeDate}", "yyyy-MM-dd", out _), "Festival:Season:DefaultAgeDate must be MM-dd, e.g. 01-01.")
            .ValidateOnStart();
        services.AddScoped<ISeasons, SeasonStore>();
        services.AddScoped<IPeople, PeopleStore>();
        services.AddScoped<ISyllabus, SyllabusStore>();
        services.AddScoped<IImportUploads, ImportUploadStore>();
        services.AddScoped<IEntriesImportStore, EntriesImportStore>();
        services.AddScoped<IClassRecords, ClassRecords>();
        services.AddScoped<IPieceRecords, PieceRecords>();
        services.AddOnlineEntry();
        services.AddScoped<IScheduleStore, ScheduleStore>();
        services.AddScoped<Festival.Application.Scheduling.Timetable.ITimetableFeeds, TimetableFeedStore>();
        services.AddScoped<Festival.Application.Scheduling.Timetable.ITimetableAddresses, TimetableAddressStore>();
        services.AddScoped<IScheduleSetup, ScheduleSetupStore>();
        services.AddOptions<ResultsOptions>().Bind(configuration.GetSection(ResultsOptions.Section))
            .Validate(o => o.Problems().Count == 0, "Festival:Results is invalid: check Scale (e.g. \"60-100, Gold 90+\" or \"I, II, III\"), MinimumEntriesForPlacements and Awards.")
            .ValidateOnStart();
        services.AddScoped<IResults, ResultStore>();
        services.AddScoped<IAdjudication, AdjudicationStore>();
        services.AddSingleton<IResultDocuments, ResultDocuments>();
        services.AddSingleton<Festival.Application.Scheduling.Documents.IScheduleDocuments, ScheduleDocuments>();
    }

    private static void AddOutbox(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.IsValid(),
                "Festival:Outbox needs positive PollInterval, BaseDelay, ClaimTimeout, MaxAttempts and BatchSize, and MaxDelay >= BaseDelay.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxCommitWatch>();
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<IOutboxMessages, OutboxMessageStore>();
        services.AddSingleton<OutboxProcessor>();
        // Runs only in a started host (the web app); the command line only enqueues, and the app delivers later.
        services.AddHostedService<OutboxDispatcher>();
    }

    private static void AddImportsAndReports(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section))
            .Validate(o => o.IsValid(),
                "Festival:Imports needs positive MaxBytes, MaxRows, MaxColumns and MaxUncompressedBytes, and MaxCompressionRatio above 1.")
            .ValidateOnStart();
        services.AddOptions<SyllabusOptions>().Bind(configuration.GetSection(SyllabusOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SyllabusOptions>, SyllabusOptionsValidator>();
        services.AddSingleton(provider => new SyllabusRules(provider.GetRequiredService<IOptions<SyllabusOptions>>().Value));
        services.AddSingleton<ITabularFileReader, TabularFileReader>();
        services.AddSingleton<ITableWriter, CsvTableWriter>();
        services.AddSingleton<ITableWriter, XlsxTableWriter>();
    }

    /// <summary>Online payments: the configured provider, if any, and the store of webhook events already handled.</summary>
    private static void AddPayments(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section))
            .Validate(o => o.IsValid(),
                $"Festival:Payments:Provider must be None or Test; with a provider, Festival:Payments:WebhookSecret must be at least {PaymentOptions.MinSecretLength} characters and WebhookTolerance positive.")
            .ValidateOnStart();
        services.AddScoped<IPaymentEvents, PaymentEventStore>();
        services.AddSingleton<TestPaymentProvider>();
        services.AddHttpClient(TestPaymentProvider.WebhookClient, client => client.Timeout = TimeSpan.FromSeconds(30));
        var provider = configuration.GetSection(PaymentOptions.Section).Get<PaymentOptions>()?.Provider ?? PaymentProviderKind.None;
        if (provider == PaymentProviderKind.Test)
        {
            services.AddSingleton<IPaymentProvider>(p => p.GetRequiredService<TestPaymentProvider>());
        }
    }

    /// <summary>Reminders before and after the entry deadline, run by a hosted service on every instance and sent once.</summary>
    private static void AddReminders(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.IsValid(), "Festival:Reminders needs positive PollInterval and BeforeDeadline, and AfterDeadline of zero or more.")
            .ValidateOnStart();
        services.AddScoped<IReminders, ReminderStore>();
        services.AddScoped<IScheduledJobs, ScheduledJobStore>();
        services.AddHostedService<ReminderScheduler>();
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddScoped<SmtpEmailSender>();
        services.AddScoped<PickupEmailSender>();
        services.AddScoped<IEmailSender>(provider => provider.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
            ? provider.GetRequiredService<SmtpEmailSender>()
            : provider.GetRequiredService<PickupEmailSender>());
    }
}
