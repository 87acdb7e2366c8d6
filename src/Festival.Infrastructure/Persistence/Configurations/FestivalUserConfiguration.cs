using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class FestivalUserConfiguration : IEntityTypeConfiguration<FestivalUser>
{
    public void Configure(EntityTypeBuilder<FestivalUser> builder)
    {
        // Newest-first listings page through this.
        builder.HasIndex(u => u.RegisteredAt);
    }
}
