using Festival.Domain.Seasons;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> builder)
    {
        builder.ToTable("Seasons");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).IsRequired().HasMaxLength(Season.MaxNameLength);
        builder.Property(s => s.FestivalName).IsRequired().HasMaxLength(Season.MaxFestivalNameLength);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Ignore(s => s.Fees);
        // Seasons stored before fee settings existed read as "no registration fee, no discount".
        builder.Property(s => s.RegistrationFeeBasis).HasConversion<string>().HasMaxLength(16).HasDefaultValue(RegistrationFeeBasis.PerParticipant);
        builder.Property(s => s.EntryDiscountKind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(EntryDiscountKind.None);

        // At most one current season, whatever the code above it does.
        builder.HasIndex(s => s.IsCurrent).IsUnique().HasFilter("[IsCurrent] = 1").HasDatabaseName("IX_Seasons_Current");
    }
}
