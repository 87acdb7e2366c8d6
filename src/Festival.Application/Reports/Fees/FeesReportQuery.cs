namespace Festival.Application.Reports.Fees;

/// <summary>
/// What a season's invoices charge, worked out with the same fee rules as the invoices themselves: per payer (with payments,
/// credits and balance), only the payers whose balance is not zero, or per participant, teacher or school.
/// </summary>
public sealed record FeesReportQuery(string? Season = null, FeesReportKind Kind = FeesReportKind.Payers) : IRequest<Result<FeesReport>>;

public enum FeesReportKind
{
    Payers,

    /// <summary>Payers who owe something, or are owed (a cancelled class credited after payment), largest balance first.</summary>
    Outstanding,

    Participants,
    Teachers,
    Schools,
}
