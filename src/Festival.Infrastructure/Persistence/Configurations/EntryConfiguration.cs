using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        builder.ToTable("Entries");
        builder.HasKey(e => e.Id);
        builder.Ignore(e => e.Fee);
        builder.Ignore(e => e.TotalSeconds);
        builder.Ignore(e => e.IsCancelled);
        builder.Property(e => e.ParticipantKey).IsRequired().HasMaxLength(200);
        builder.Property(e => e.Comments).HasMaxLength(Entry.MaxCommentsLength);
        builder.Property(e => e.SubmittedByUserId).HasMaxLength(450);
        builder.HasIndex(e => new { e.SubmittedByUserId, e.SeasonId });
        builder.HasOne<Season>().WithMany().HasForeignKey(e => e.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Group>().WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.AccompanistId).OnDelete(DeleteBehavior.Restrict);

        // The same performers in the same class are the same entry: a re-import or a double click cannot duplicate it.
        builder.HasIndex(e => new { e.ClassId, e.ParticipantKey }).IsUnique();
        builder.HasIndex(e => e.SeasonId);
        builder.HasIndex(e => e.TeacherId);
        builder.HasIndex(e => e.AccompanistId);

        builder.OwnsMany(e => e.Participants, participant =>
        {
            participant.ToTable("EntryParticipants");
            participant.WithOwner().HasForeignKey(p => p.EntryId);
            participant.HasKey(p => new { p.EntryId, p.PersonId });
            participant.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
            participant.HasIndex(p => p.PersonId);
        });
        builder.Navigation(e => e.Participants).HasField("_participants");

        builder.OwnsMany(e => e.Pieces, piece =>
        {
            piece.ToTable("EntryPieces");
            piece.WithOwner().HasForeignKey(p => p.EntryId);
            piece.HasKey(p => new { p.EntryId, p.Position });
            piece.Property(p => p.Position).ValueGeneratedNever();
            piece.HasOne<Piece>().WithMany().HasForeignKey(p => p.PieceId).OnDelete(DeleteBehavior.Restrict);
            piece.HasIndex(p => p.PieceId);
        });
        builder.Navigation(e => e.Pieces).HasField("_pieces");
    }
}

internal sealed class EntryWithdrawalConfiguration : IEntityTypeConfiguration<EntryWithdrawal>
{
    public void Configure(EntityTypeBuilder<EntryWithdrawal> builder)
    {
        builder.ToTable("EntryWithdrawals");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Performers).IsRequired().HasMaxLength(EntryWithdrawal.MaxPerformersLength);
        builder.Property(w => w.SubmittedByUserId).HasMaxLength(450);
        builder.Property(w => w.WithdrawnByUserId).IsRequired().HasMaxLength(450);
        builder.HasOne<Season>().WithMany().HasForeignKey(w => w.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(w => w.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.SeasonId);
    }
}

internal sealed class PieceConfiguration : IEntityTypeConfiguration<Piece>
{
    public void Configure(EntityTypeBuilder<Piece> builder)
    {
        builder.ToTable("Pieces");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).IsRequired().HasMaxLength(Piece.MaxTitleLength);
        builder.Property(p => p.Composer).IsRequired().HasMaxLength(Piece.MaxComposerLength);
        builder.Property(p => p.TitleKey).IsRequired().HasMaxLength(Piece.MaxTitleLength);
        builder.Property(p => p.ComposerKey).IsRequired().HasMaxLength(Piece.MaxComposerLength);
        builder.HasIndex(p => new { p.TitleKey, p.ComposerKey }).IsUnique();
    }
}
