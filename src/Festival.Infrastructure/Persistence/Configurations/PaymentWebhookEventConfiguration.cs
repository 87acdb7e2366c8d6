using Festival.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class PaymentWebhookEventConfiguration : IEntityTypeConfiguration<PaymentWebhookEventRecord>
{
    public void Configure(EntityTypeBuilder<PaymentWebhookEventRecord> builder)
    {
        builder.ToTable("PaymentWebhookEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Provider).IsRequired().HasMaxLength(PaymentWebhookEventRecord.MaxProviderLength);
        builder.Property(e => e.EventId).IsRequired().HasMaxLength(PaymentWebhookEventRecord.MaxEventIdLength);

        // A replayed or re-delivered event is recognised here, even when two deliveries arrive at once.
        builder.HasIndex(e => new { e.Provider, e.EventId }).IsUnique();
    }
}
