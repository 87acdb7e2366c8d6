namespace Festival.Domain.Scheduling;

/// <summary>
/// A class, or part <paramref name="Part"/> of <paramref name="PartCount"/> of a split class, placed in a session at a
/// start time with its entries in performance order.
/// </summary>
public sealed record ClassPlacement(
    Guid ClassId,
    int Part,
    int PartCount,
    Guid SessionId,
    TimeOnly Start,
    IReadOnlyList<Guid> EntryOrder);
