namespace Festival.Domain.Scheduling;

/// <summary>
/// The soft goals measured in their own units (hours, extra days, variance) and weighted into <see cref="Total"/>.
/// </summary>
public sealed record SoftPenalty(
    double YoungerLateHours,
    int SchoolExtraDays,
    int ParticipantExtraDays,
    double AccompanistIdleHours,
    double SessionFillSquaredDeviation,
    double Total);
