using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(UserSession.IdLength);
        builder.Property(s => s.UserId).IsRequired().HasMaxLength(450);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.MaxUserAgentLength);
        builder.Property(s => s.IpAddress).HasMaxLength(UserSession.MaxIpAddressLength);
        builder.Property(s => s.SecurityStamp).HasMaxLength(256);
        // A deleted account takes its sessions with it; the security page lists one account's sessions.
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
