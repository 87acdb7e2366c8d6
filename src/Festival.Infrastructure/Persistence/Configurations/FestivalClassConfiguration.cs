using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class FestivalClassConfiguration : IEntityTypeConfiguration<FestivalClass>
{
    public void Configure(EntityTypeBuilder<FestivalClass> builder)
    {
        builder.ToTable("Classes");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Code);
        builder.Ignore(c => c.Fee);
        builder.Ignore(c => c.IsCancelled);
        builder.Property(c => c.Suffix).IsRequired().HasMaxLength(FestivalClass.MaxSuffixLength);
        builder.Property(c => c.Name).IsRequired().HasMaxLength(FestivalClass.MaxNameLength);
        builder.Property(c => c.Discipline).IsRequired().HasMaxLength(FestivalClass.MaxCategoryLength);
        builder.Property(c => c.Level).IsRequired().HasMaxLength(FestivalClass.MaxCategoryLength);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Season>().WithMany().HasForeignKey(c => c.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SeasonId, c.Number, c.Suffix }).IsUnique();
        builder.HasIndex(c => new { c.SeasonId, c.Discipline });
    }
}
