using Festival.Domain.People;
using Festival.Domain.Seasons;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class MediaConsentConfiguration : IEntityTypeConfiguration<MediaConsent>
{
    public void Configure(EntityTypeBuilder<MediaConsent> builder)
    {
        builder.ToTable("MediaConsents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AnsweredByUserId).IsRequired().HasMaxLength(450);

        // One answer per person and season; a person merged away or a season deleted takes its answers with it.
        builder.HasIndex(c => new { c.PersonId, c.SeasonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Season>().WithMany().HasForeignKey(c => c.SeasonId).OnDelete(DeleteBehavior.Cascade);
    }
}
