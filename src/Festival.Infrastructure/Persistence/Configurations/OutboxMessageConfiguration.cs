using Festival.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).IsRequired().HasMaxLength(OutboxMessage.MaxTypeLength);
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.IdempotencyKey).IsRequired().HasMaxLength(OutboxMessage.MaxIdempotencyKeyLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);

        // The same effect is stored once, even when two transactions enqueue it at the same moment.
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();

        // The dispatcher's query: pending messages that are due, oldest first. Delivered ones stay out of it.
        builder.HasIndex(m => new { m.NextAttemptAt, m.CreatedAt })
            .HasFilter("[DeliveredAt] IS NULL AND [DeadLetteredAt] IS NULL")
            .HasDatabaseName("IX_OutboxMessages_Pending");
        builder.HasIndex(m => m.DeadLetteredAt).HasFilter("[DeadLetteredAt] IS NOT NULL").HasDatabaseName("IX_OutboxMessages_DeadLettered");
    }
}
