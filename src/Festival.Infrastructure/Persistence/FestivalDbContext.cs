using Festival.Domain.Audit;
using Festival.Domain.Entries;
using Festival.Domain.Imports;
using Festival.Domain.Invoices;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Results;

using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Domain.Profiles;
using Festival.Infrastructure.Identity;
using Festival.Infrastructure.Outbox;
using Festival.Infrastructure.Jobs;
using Festival.Infrastructure.Payments;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Festival.Infrastructure.Persistence;

/// <summary>
/// One context for Identity, data-protection keys and the festival's own tables, so a user, their roles and
/// their profile are written in one transaction. Each provider derives its own context, which keeps its
/// migrations apart from the other's.
/// </summary>
public abstract class FestivalDbContext(DbContextOptions options) : IdentityDbContext<FestivalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<FestivalClass> Classes => Set<FestivalClass>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<MediaConsent> MediaConsents => Set<MediaConsent>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<PersonLink> PersonLinks => Set<PersonLink>();

    public DbSet<Piece> Pieces => Set<Piece>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<BasketItem> BasketItems => Set<BasketItem>();

    public DbSet<EntryWithdrawal> EntryWithdrawals => Set<EntryWithdrawal>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<PaymentWebhookEventRecord> PaymentWebhookEvents => Set<PaymentWebhookEventRecord>();

    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    public DbSet<EntryResult> EntryResults => Set<EntryResult>();

    public DbSet<ClassResult> ClassResults => Set<ClassResult>();

    public DbSet<ResultRules> ResultRules => Set<ResultRules>();

    public DbSet<AdjudicatorPhrase> AdjudicatorPhrases => Set<AdjudicatorPhrase>();

    public DbSet<SeasonAward> SeasonAwards => Set<SeasonAward>();

    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();

    public DbSet<Venue> Venues => Set<Venue>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Adjudicator> Adjudicators => Set<Adjudicator>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ScheduledClass> ScheduledClasses => Set<ScheduledClass>();

    public DbSet<ScheduleSettings> ScheduleSettings => Set<ScheduleSettings>();

    public DbSet<SchedulePublication> SchedulePublications => Set<SchedulePublication>();

    public DbSet<TimetableFeed> TimetableFeeds => Set<TimetableFeed>();

    /// <summary>
    /// Identity reads its schema version (version 3 has the passkey table) from the host's Identity options. A context
    /// made without a host (migrations at design time, tests) gets the same options here, so every path builds one model.
    /// </summary>
    private static readonly IServiceProvider IdentitySchemaServices = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchema)
        .BuildServiceProvider();

    public static Version IdentitySchema => IdentitySchemaVersions.Version3;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        base.OnConfiguring(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchemaServices);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FestivalDbContext).Assembly);
    }
}
