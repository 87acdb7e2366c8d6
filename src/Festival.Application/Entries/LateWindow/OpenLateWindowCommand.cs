namespace Festival.Application.Entries.LateWindow;

/// <summary>
/// Festival staff open (or move) a late window after the entry deadline: entries are taken until <paramref name="ClosesAt"/>,
/// each paying <paramref name="SurchargeCents"/> on top of its class fee.
/// </summary>
public sealed record OpenLateWindowCommand(DateTimeOffset ClosesAt, long SurchargeCents, string? Season = null)
    : IRequest<Result<LateWindowOpenedNotification>>, ITransactionalRequest;
