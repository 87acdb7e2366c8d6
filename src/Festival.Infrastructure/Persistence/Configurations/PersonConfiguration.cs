using Festival.Domain.People;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(Person.MaxNameLength);
        builder.Property(p => p.NameKey).IsRequired().HasMaxLength(Person.MaxNameLength);
        builder.Property(p => p.Email).HasMaxLength(Person.MaxEmailLength);
        builder.Property(p => p.EmailKey).HasMaxLength(Person.MaxEmailLength);
        builder.Property(p => p.Phone).HasMaxLength(Person.MaxPhoneLength);
        builder.Property(p => p.ProfileCode).IsRequired().HasMaxLength(Person.ProfileCodeLength);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.NameConsentByUserId).HasMaxLength(450);
        builder.Ignore(p => p.PublicName);
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.ProfileCode).IsUnique();
        builder.HasIndex(p => p.NameKey);
        builder.HasIndex(p => p.EmailKey);

        // An account is at most one person.
        builder.HasIndex(p => p.UserId).IsUnique().HasFilter("[UserId] IS NOT NULL");
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).IsRequired().HasMaxLength(School.MaxNameLength);
        builder.Property(s => s.NameKey).IsRequired().HasMaxLength(School.MaxNameLength);
        builder.HasIndex(s => s.NameKey).IsUnique();
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("Groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).IsRequired().HasMaxLength(Group.MaxNameLength);
        builder.Property(g => g.NameKey).IsRequired().HasMaxLength(Group.MaxNameLength);
        builder.HasIndex(g => g.NameKey).IsUnique();
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsMany(g => g.Members, member =>
        {
            member.ToTable("GroupMembers");
            member.WithOwner().HasForeignKey(m => m.GroupId);
            member.HasKey(m => new { m.GroupId, m.PersonId, m.Kind });
            member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
            member.HasIndex(m => m.PersonId);
        });
        builder.Navigation(g => g.Members).HasField("_members");
    }
}

internal sealed class PersonLinkConfiguration : IEntityTypeConfiguration<PersonLink>
{
    public void Configure(EntityTypeBuilder<PersonLink> builder)
    {
        builder.ToTable("PersonLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.OtherPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PersonId, l.OtherPersonId, l.Kind }).IsUnique();
        builder.HasIndex(l => l.OtherPersonId);
    }
}
