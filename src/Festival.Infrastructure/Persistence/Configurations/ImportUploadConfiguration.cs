using Festival.Domain.Imports;
using Festival.Domain.Seasons;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("ImportUploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Kind).IsRequired().HasMaxLength(16);
        builder.Property(u => u.FileName).IsRequired().HasMaxLength(ImportUpload.MaxFileNameLength);
        builder.Property(u => u.Content).IsRequired();
        builder.Property(u => u.UploadedBy).HasMaxLength(450);
        builder.HasOne<Season>().WithMany().HasForeignKey(u => u.SeasonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.UploadedAt);
    }
}
