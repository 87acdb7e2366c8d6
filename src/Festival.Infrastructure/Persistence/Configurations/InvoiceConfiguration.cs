using Festival.Domain.Entries;
using Festival.Domain.Invoices;
using Festival.Domain.Seasons;
using Festival.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Festival.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.HasKey(i => i.Id);
        builder.Ignore(i => i.PaidCents);
        builder.Ignore(i => i.CreditedCents);
        builder.Property(i => i.PayerUserId).IsRequired().HasMaxLength(450);
        builder.HasOne<Season>().WithMany().HasForeignKey(i => i.SeasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FestivalUser>().WithMany().HasForeignKey(i => i.PayerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SeasonId, i.Number }).IsUnique();

        // One invoice per payer per season.
        builder.HasIndex(i => new { i.SeasonId, i.PayerUserId }).IsUnique();

        builder.OwnsMany(i => i.Payments, payment =>
        {
            payment.ToTable("Payments");
            payment.WithOwner().HasForeignKey(p => p.InvoiceId);
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
            payment.Property(p => p.Reference).IsRequired().HasMaxLength(Payment.MaxReferenceLength);
            payment.Property(p => p.RecordedByUserId).HasMaxLength(450);

            // Recording the same cheque twice is refused by the database too, not only by the handler.
            payment.HasIndex(p => new { p.InvoiceId, p.Reference }).IsUnique();
        });
        builder.Navigation(i => i.Payments).HasField("_payments");

        builder.OwnsMany(i => i.CreditNotes, note =>
        {
            note.ToTable("CreditNotes");
            note.WithOwner().HasForeignKey(c => c.InvoiceId);
            note.HasKey(c => c.Id);
            note.Property(c => c.Reason).IsRequired().HasMaxLength(CreditNote.MaxReasonLength);
            note.HasOne<Entry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Restrict);

            // An entry is credited once, whatever runs twice.
            note.HasIndex(c => c.EntryId).IsUnique();
        });
        builder.Navigation(i => i.CreditNotes).HasField("_creditNotes");
    }
}

internal sealed class InvoiceCounterConfiguration : IEntityTypeConfiguration<InvoiceCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceCounter> builder)
    {
        builder.ToTable("InvoiceCounters");
        builder.HasKey(c => c.SeasonId);
        builder.Property(c => c.SeasonId).ValueGeneratedNever();
        builder.HasOne<Season>().WithMany().HasForeignKey(c => c.SeasonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Next).IsConcurrencyToken();
        builder.Property(c => c.NextCreditNote).IsConcurrencyToken();
    }
}
