using Festival.Domain.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).IsRequired().HasMaxLength(AuditEvent.MaxTypeLength);
        builder.Property(e => e.SubjectUserId).IsRequired().HasMaxLength(450);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditEvent.MaxIpAddressLength);
        builder.Property(e => e.Details).IsRequired();

        // No foreign key to the user: the trail outlives a deleted account. Indexes serve the newest-first
        // listing, whole or filtered by user or by type.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.SubjectUserId, e.At });
        builder.HasIndex(e => new { e.Type, e.At });
    }
}
