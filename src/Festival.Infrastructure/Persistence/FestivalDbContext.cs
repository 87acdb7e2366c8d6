using Festival.Domain.Audit;
using Festival.Domain.Entries;
using Festival.Domain.Invoices;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Domain.Profiles;
using Festival.Infrastructure.Identity;
using Festival.Infrastructure.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
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

    public DbSet<School> Schools => Set<School>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<PersonLink> PersonLinks => Set<PersonLink>();

    public DbSet<Piece> Pieces => Set<Piece>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<BasketItem> BasketItems => Set<BasketItem>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FestivalDbContext).Assembly);
    }
}
