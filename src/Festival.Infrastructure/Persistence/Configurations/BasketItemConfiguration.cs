using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class BasketItemConfiguration : IEntityTypeConfiguration<BasketItem>
{
    public void Configure(EntityTypeBuilder<BasketItem> builder)
    {
        builder.ToTable("BasketItems");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.UserId).IsRequired().HasMaxLength(450);
        builder.Property(b => b.PersonIds).IsRequired().HasMaxLength(200);
        builder.Property(b => b.ParticipantKey).IsRequired().HasMaxLength(200);
        builder.Property(b => b.Comments).HasMaxLength(Entry.MaxCommentsLength);
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Season>().WithMany().HasForeignKey(b => b.SeasonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(b => b.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Group>().WithMany().HasForeignKey(b => b.GroupId).OnDelete(DeleteBehavior.Cascade);

        // The same performers in the same class once per basket, as they will be once among the entries.
        builder.HasIndex(b => new { b.UserId, b.SeasonId, b.ClassId, b.ParticipantKey }).IsUnique();

        builder.OwnsMany(b => b.Pieces, piece =>
        {
            piece.ToTable("BasketPieces");
            piece.WithOwner().HasForeignKey(p => p.BasketItemId);
            piece.HasKey(p => new { p.BasketItemId, p.Position });
            piece.Property(p => p.Position).ValueGeneratedNever();
            piece.Property(p => p.Title).IsRequired().HasMaxLength(Domain.Repertoire.Piece.MaxTitleLength);
            piece.Property(p => p.Composer).IsRequired().HasMaxLength(Domain.Repertoire.Piece.MaxComposerLength);
        });
        builder.Navigation(b => b.Pieces).HasField("_pieces");
    }
}
