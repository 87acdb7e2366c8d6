namespace Festival.Application.Reports.Fees;

/// <summary>The rows of the kind asked and the season's totals over every invoice.</summary>
public sealed record FeesReport(string Season, FeesReportKind Kind, IReadOnlyList<FeesReportRow> Rows, FeesTotals Totals);

/// <summary>
/// A payer, participant, teacher or school. <see cref="EntryFees"/> are class fees and late surcharges; the total takes off
/// the n-th entry discounts and adds registration fees. Paid, credited and balance are a payer's only (null otherwise).
/// An entry with two performers counts in full for each of them, as in the people report.
/// </summary>
public sealed record FeesReportRow(
    int? Id, string Name, string? Email, int? InvoiceNumber, int Entries, decimal EntryFees, decimal Discounts, decimal RegistrationFees, decimal Total,
    decimal? Paid, decimal? Credited, decimal? Balance);

/// <summary>Every invoice of the season: <see cref="Outstanding"/> sums the balances still due, <see cref="CreditOwed"/> what the festival owes payers.</summary>
public sealed record FeesTotals(
    int Invoices, int Entries, decimal EntryFees, decimal Discounts, decimal RegistrationFees, decimal Total, decimal Paid, decimal Credited, decimal Outstanding,
    decimal CreditOwed);
