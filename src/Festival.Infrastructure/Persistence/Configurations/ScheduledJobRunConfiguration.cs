using Festival.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.ToTable("ScheduledJobRuns");

        // The key is the claim: of two instances inserting the same job and slot, one succeeds and runs it.
        builder.HasKey(r => new { r.Job, r.Slot });
        builder.Property(r => r.Job).HasMaxLength(ScheduledJobRun.MaxJobLength);
        builder.Property(r => r.Slot).HasMaxLength(ScheduledJobRun.MaxSlotLength);
    }
}
