using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> builder)
    {
        builder.ToTable("Venues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Name).IsRequired().HasMaxLength(Venue.MaxNameLength);
        builder.Property(v => v.Address).HasMaxLength(Venue.MaxAddressLength);
        builder.HasIndex(v => v.Name).IsUnique();
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("Rooms");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.Disciplines);
        builder.Property(r => r.Name).IsRequired().HasMaxLength(Room.MaxNameLength);
        builder.Property(r => r.DisciplineList).IsRequired().HasMaxLength(Disciplines.MaxLength).HasColumnName("Disciplines");
        builder.HasOne<Venue>().WithMany().HasForeignKey(r => r.VenueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.VenueId, r.Name }).IsUnique();
    }
}

internal sealed class AdjudicatorConfiguration : IEntityTypeConfiguration<Adjudicator>
{
    public void Configure(EntityTypeBuilder<Adjudicator> builder)
    {
        builder.ToTable("Adjudicators");
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.Disciplines);
        builder.Ignore(a => a.AvailableDays);
        builder.Property(a => a.DisciplineList).IsRequired().HasMaxLength(Disciplines.MaxLength).HasColumnName("Disciplines");
        builder.Property(a => a.AvailableDayList).IsRequired().HasMaxLength(4000).HasColumnName("AvailableDays");
        builder.HasOne<Season>().WithMany().HasForeignKey(a => a.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SeasonId, a.PersonId }).IsUnique();
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.HasOne<Season>().WithMany().HasForeignKey(s => s.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Adjudicator>().WithMany().HasForeignKey(s => s.AdjudicatorId).OnDelete(DeleteBehavior.Restrict);

        // One room holds one session at a time; the same start twice is the same session made twice.
        builder.HasIndex(s => new { s.RoomId, s.Date, s.Start }).IsUnique();
        builder.HasIndex(s => new { s.SeasonId, s.Date });
        builder.HasIndex(s => s.AdjudicatorId);
        builder.OwnsMany(s => s.Breaks, pause =>
        {
            pause.ToTable("SessionBreaks");
            pause.WithOwner().HasForeignKey(p => p.SessionId);
            pause.HasKey(p => new { p.SessionId, p.Start });
        });
        builder.Navigation(s => s.Breaks).HasField("_breaks");
    }
}

internal sealed class ScheduledClassConfiguration : IEntityTypeConfiguration<ScheduledClass>
{
    public void Configure(EntityTypeBuilder<ScheduledClass> builder)
    {
        builder.ToTable("ScheduledClasses");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.IsPinned);
        builder.Ignore(c => c.EntryOrder);
        builder.Property(c => c.Pin).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Season>().WithMany().HasForeignKey(c => c.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(c => c.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Session>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ClassId, c.Part }).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.Start });
        builder.HasIndex(c => c.SeasonId);
        builder.OwnsMany(c => c.Entries, entry =>
        {
            entry.ToTable("ScheduledEntries");
            entry.WithOwner().HasForeignKey(e => e.ScheduledClassId);
            entry.HasKey(e => new { e.ScheduledClassId, e.EntryId });

            // A withdrawn entry leaves the performance order with it.
            entry.HasOne<Entry>().WithMany().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(e => e.EntryId).IsUnique();
        });
        builder.Navigation(c => c.Entries).HasField("_entries");
    }
}

internal sealed class ScheduleSettingsConfiguration : IEntityTypeConfiguration<ScheduleSettings>
{
    public void Configure(EntityTypeBuilder<ScheduleSettings> builder)
    {
        builder.ToTable("ScheduleSettings");
        builder.HasKey(s => s.SeasonId);
        builder.Property(s => s.SeasonId).ValueGeneratedNever();
        builder.Ignore(s => s.Changeover);
        builder.Ignore(s => s.Weights);
        builder.HasOne<Season>().WithOne().HasForeignKey<ScheduleSettings>(s => s.SeasonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SchedulePublicationConfiguration : IEntityTypeConfiguration<SchedulePublication>
{
    public void Configure(EntityTypeBuilder<SchedulePublication> builder)
    {
        builder.ToTable("SchedulePublications");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Snapshot).IsRequired();
        builder.Property(p => p.PublishedByUserId).HasMaxLength(450);
        builder.HasOne<Season>().WithMany().HasForeignKey(p => p.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SeasonId, p.Version }).IsUnique();
    }
}

internal sealed class TimetableFeedConfiguration : IEntityTypeConfiguration<TimetableFeed>
{
    public void Configure(EntityTypeBuilder<TimetableFeed> builder)
    {
        builder.ToTable("TimetableFeeds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Token).IsRequired().HasMaxLength(TimetableFeed.TokenLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PersonId).IsUnique();
        builder.HasIndex(f => f.Token).IsUnique();
    }
}
