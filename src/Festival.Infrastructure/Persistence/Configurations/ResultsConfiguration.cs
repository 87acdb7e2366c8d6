using Festival.Domain.Entries;
using Festival.Domain.Results;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class EntryResultConfiguration : IEntityTypeConfiguration<EntryResult>
{
    public void Configure(EntityTypeBuilder<EntryResult> builder)
    {
        builder.ToTable("EntryResults");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.Scratched);
        builder.Property(r => r.Mark).HasMaxLength(EntryResult.MaxMarkLength);
        builder.Property(r => r.Comments).HasMaxLength(EntryResult.MaxCommentsLength);
        builder.Property(r => r.Recommendation).HasMaxLength(EntryResult.MaxRecommendationLength);
        builder.Property(r => r.SavedByUserId).HasMaxLength(450);
        builder.Property(r => r.Appearance).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Entry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(r => r.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Season>().WithMany().HasForeignKey(r => r.SeasonId).OnDelete(DeleteBehavior.Restrict);

        // One result per entry: two first saves at once cannot make two rows.
        builder.HasIndex(r => r.EntryId).IsUnique();
        builder.HasIndex(r => r.ClassId);
        builder.HasIndex(r => r.SeasonId);
    }
}

internal sealed class ClassResultConfiguration : IEntityTypeConfiguration<ClassResult>
{
    public void Configure(EntityTypeBuilder<ClassResult> builder)
    {
        builder.ToTable("ClassResults");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.IsSubmitted);
        builder.Ignore(r => r.IsPublished);
        builder.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        builder.Property(r => r.PublishedByUserId).HasMaxLength(450);
        builder.HasOne<FestivalClass>().WithMany().HasForeignKey(r => r.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Season>().WithMany().HasForeignKey(r => r.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ClassId).IsUnique();
        builder.HasIndex(r => r.SeasonId);
    }
}

internal sealed class ResultRulesConfiguration : IEntityTypeConfiguration<ResultRules>
{
    public void Configure(EntityTypeBuilder<ResultRules> builder)
    {
        builder.ToTable("ResultRules");
        builder.HasKey(r => r.SeasonId);
        builder.Property(r => r.SeasonId).ValueGeneratedNever();
        builder.Ignore(r => r.Scale);
        builder.Ignore(r => r.RecommendationList);
        builder.Property(r => r.ScaleSpec).IsRequired().HasMaxLength(MarkScale.MaxSpecLength);
        builder.Property(r => r.Recommendations).IsRequired().HasMaxLength(ResultRules.MaxRecommendationsLength);
        builder.Property(r => r.CertificateBand).HasMaxLength(MarkScale.MaxDescriptorLength);
        builder.HasOne<Season>().WithOne().HasForeignKey<ResultRules>(r => r.SeasonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdjudicatorPhraseConfiguration : IEntityTypeConfiguration<AdjudicatorPhrase>
{
    public void Configure(EntityTypeBuilder<AdjudicatorPhrase> builder)
    {
        builder.ToTable("AdjudicatorPhrases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.UserId).IsRequired().HasMaxLength(450);
        builder.Property(p => p.Text).IsRequired().HasMaxLength(AdjudicatorPhrase.MaxTextLength);
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
    }
}

internal sealed class SeasonAwardConfiguration : IEntityTypeConfiguration<SeasonAward>
{
    public void Configure(EntityTypeBuilder<SeasonAward> builder)
    {
        builder.ToTable("SeasonAwards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).IsRequired().HasMaxLength(SeasonAward.MaxNameLength);
        builder.Property(a => a.Discipline).HasMaxLength(SeasonAward.MaxNameLength);
        builder.Property(a => a.Level).HasMaxLength(SeasonAward.MaxNameLength);
        builder.Property(a => a.Classes).IsRequired().HasMaxLength(SeasonAward.MaxClassesLength);
        builder.HasOne<Season>().WithMany().HasForeignKey(a => a.SeasonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SeasonId, a.Name }).IsUnique();
    }
}

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.ToTable("AwardDecisions");
        builder.HasKey(d => d.Id);
        builder.Ignore(d => d.CandidateIds);
        builder.Property(d => d.Award).IsRequired().HasMaxLength(SeasonAward.MaxNameLength);
        builder.Property(d => d.Candidates).IsRequired().HasMaxLength(2000);
        builder.Property(d => d.DecidedByUserId).HasMaxLength(450);
        builder.HasOne<Season>().WithMany().HasForeignKey(d => d.SeasonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Entry>().WithMany().HasForeignKey(d => d.EntryId).OnDelete(DeleteBehavior.Cascade);

        // One decision per award and season: deciding again replaces it.
        builder.HasIndex(d => new { d.SeasonId, d.Award }).IsUnique();
        builder.HasIndex(d => d.EntryId);
    }
}
