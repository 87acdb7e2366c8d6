using Festival.Domain.Invoices;
using Festival.Domain.Seasons;

namespace Festival.Domain.Tests.Invoices;

/// <summary>The fee rules on hand-made entries; every expected total is worked out by hand in the comment beside it.</summary>
public sealed class InvoiceChargesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private const int Ada = 1;
    private const int Ben = 2;

    /// <summary>A 15.00 registration fee per participant and 10% off the third and later entries.</summary>
    private static readonly SeasonFees Family = new(1500, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.Percent, 10, 3);

    private static ChargeableEntry Entry(int id, long fee, int minutesLater, params int[] people) => new(id, fee, 0, Start.AddMinutes(minutesLater), people);

    /// <summary>Ada 20.00, Ben 25.00, Ada 30.00, then a duet 40.00 with a 5.00 late surcharge.</summary>
    private static List<ChargeableEntry> FourEntries() =>
    [
        Entry(11, 2000, 0, Ada),
        Entry(12, 2500, 1, Ben),
        Entry(13, 3000, 2, Ada),
        new(14, 4000, 500, Start.AddDays(20), [Ada, Ben]),
    ];

    [Test]
    public void Registration_fees_per_participant_and_the_discount_from_the_third_entry_add_up_by_hand()
    {
        var charges = InvoiceCharges.Compute(Family, FourEntries());

        // Entries 20 + 25 + 30 + (40 + 5) = 120.00; discounts 10% of 30 = 3.00 and 10% of 40 = 4.00 (never of the surcharge);
        // registration 15.00 for Ada and 15.00 for Ben. 120 - 7 + 30 = 143.00.
        Assert.That(charges.EntryFeesCents, Is.EqualTo(12000));
        Assert.That(charges.Entries.Select(e => (e.EntryId, e.Position, e.DiscountCents)), Is.EqualTo(new[] { (11, 1, 0L), (12, 2, 0L), (13, 3, 300L), (14, 4, 400L) }));
        Assert.That(charges.Registrations.Select(r => r.PersonId), Is.EqualTo(new int?[] { Ada, Ben }));
        Assert.That(charges.TotalCents, Is.EqualTo(14300));
        Assert.That(charges.For(14)!.TotalCents, Is.EqualTo(4100));
    }

    [Test]
    public void Withdrawing_an_early_entry_moves_the_later_ones_up_and_the_discount_follows_the_position()
    {
        var entries = FourEntries();
        entries.RemoveAt(0);

        var charges = InvoiceCharges.Compute(Family, entries);

        // Ben 25.00 is now first, Ada 30.00 second (no discount), the duet third: 10% of 40 = 4.00.
        // 25 + 30 + 45 - 4 + 30 registration = 126.00.
        Assert.That(charges.Entries.Select(e => (e.EntryId, e.Position, e.DiscountCents)), Is.EqualTo(new[] { (12, 1, 0L), (13, 2, 0L), (14, 3, 400L) }));
        Assert.That(charges.TotalCents, Is.EqualTo(12600));
    }

    [Test]
    public void Entries_are_numbered_in_submission_order_and_by_id_within_one_submission()
    {
        var sameMoment = Start.AddHours(1);
        var charges = InvoiceCharges.Compute(Family, [new(31, 1000, 0, sameMoment, [Ada]), new(30, 1000, 0, sameMoment, [Ben]), new(40, 1000, 0, Start, [Ada])]);

        Assert.That(charges.Entries.Select(e => e.EntryId), Is.EqualTo(new[] { 40, 30, 31 }));
        Assert.That(charges.For(31)!.DiscountCents, Is.EqualTo(100));
    }

    [Test]
    public void A_registration_fee_per_payer_is_charged_once_and_only_when_there_is_an_entry()
    {
        var perPayer = Family with { RegistrationBasis = RegistrationFeeBasis.PerPayer, DiscountKind = EntryDiscountKind.None };

        var charges = InvoiceCharges.Compute(perPayer, FourEntries());
        var none = InvoiceCharges.Compute(perPayer, []);

        // 120.00 of entries and one 15.00 registration fee.
        Assert.That(charges.TotalCents, Is.EqualTo(13500));
        Assert.That(charges.Registrations, Has.Count.EqualTo(1).And.All.Property(nameof(RegistrationCharge.PersonId)).Null);
        Assert.That(none.TotalCents, Is.Zero);
        Assert.That(none.Registrations, Is.Empty);
    }

    [Test]
    public void An_amount_off_never_exceeds_the_class_fee_and_a_percentage_rounds_half_up_to_the_cent()
    {
        var amount = new SeasonFees(0, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.Amount, 750, 2);
        var percent = new SeasonFees(0, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.Percent, 15, 1);

        var charges = InvoiceCharges.Compute(amount, [Entry(1, 2000, 0, Ada), Entry(2, 500, 1, Ada), Entry(3, 2000, 2, Ada)]);

        // 7.50 off the second and third: the second costs only 5.00, so 5.00 off; 20 + 0 + 12.50 = 32.50.
        Assert.That(charges.Entries.Select(e => e.DiscountCents), Is.EqualTo(new[] { 0L, 500L, 750L }));
        Assert.That(charges.TotalCents, Is.EqualTo(3250));
        // 15% of 10.05 = 1.5075, rounded to 1.51; 15% of 10.03 = 1.5045, rounded to 1.50.
        Assert.That(percent.DiscountFor(1, 1005), Is.EqualTo(151));
        Assert.That(percent.DiscountFor(1, 1003), Is.EqualTo(150));
    }

    [Test]
    public void Without_fee_settings_an_invoice_is_the_sum_of_its_entries()
    {
        Assert.That(InvoiceCharges.Compute(SeasonFees.None, FourEntries()).TotalCents, Is.EqualTo(12000));
    }

    [TestCase(-1, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.None, 0, 0, "RegistrationFeeCents")]
    [TestCase(0, (RegistrationFeeBasis)7, EntryDiscountKind.None, 0, 0, "RegistrationBasis")]
    [TestCase(0, RegistrationFeeBasis.PerPayer, EntryDiscountKind.Percent, 0, 3, "DiscountValue")]
    [TestCase(0, RegistrationFeeBasis.PerPayer, EntryDiscountKind.Percent, 101, 3, "DiscountValue")]
    [TestCase(0, RegistrationFeeBasis.PerPayer, EntryDiscountKind.Amount, 500, 0, "DiscountFromEntry")]
    [TestCase(0, RegistrationFeeBasis.PerPayer, (EntryDiscountKind)9, 5, 2, "DiscountKind")]
    public void Settings_that_make_no_sense_are_refused_naming_the_field(
        long registration, RegistrationFeeBasis basis, EntryDiscountKind kind, long value, int from, string field)
    {
        var fees = new SeasonFees(registration, basis, kind, value, from);

        Assert.That(fees.Problems().Select(p => p.Field), Is.EqualTo(new[] { field }));
        Assert.Throws<ArgumentException>(() => new Season("2027", "Festival", new DateOnly(2027, 1, 1), Start).SetFees(fees));
    }

    [Test]
    public void A_season_keeps_its_fee_settings_and_forgets_the_discount_value_when_there_is_no_discount()
    {
        var season = new Season("2027", "Festival", new DateOnly(2027, 1, 1), Start);

        season.SetFees(Family);
        var kept = season.Fees;
        season.SetFees(Family with { DiscountKind = EntryDiscountKind.None });

        Assert.That(kept, Is.EqualTo(Family));
        Assert.That(season.Fees, Is.EqualTo(new SeasonFees(1500, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.None, 0, 0)));
    }
}
