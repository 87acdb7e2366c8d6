using Festival.Domain.Accounts;
using Festival.Domain.Profiles;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable("Profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.UserId).IsRequired().HasMaxLength(450);
        builder.Property(p => p.Email).IsRequired().HasMaxLength(AccountRules.MaxEmailLength);
        builder.Property(p => p.DisplayName).HasMaxLength(AccountRules.MaxDisplayNameLength);
        builder.Property(p => p.Phone).HasMaxLength(AccountRules.MaxPhoneLength);
        builder.Property(p => p.School).HasMaxLength(AccountRules.MaxSchoolLength);
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        // At most one primary profile per account, whatever the code above it does.
        builder.HasIndex(p => p.UserId).IsUnique().HasFilter("[IsPrimary] = 1").HasDatabaseName("IX_Profiles_UserId_Primary");

        // Looking a person's profiles up (their profile page, /api/account/me) must not scan the table: SQLite cannot
        // use the partial index above for "UserId = @id AND IsPrimary".
        builder.HasIndex(p => p.UserId, "IX_Profiles_UserId");
    }
}
