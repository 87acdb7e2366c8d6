namespace Festival.Application.Reports.Repertoire;

/// <summary>One piece and every entry (of any season) that performs it; null when there is no such piece.</summary>
public sealed record PieceDetailsQuery(int PieceId) : IRequest<PieceDetailsView?>;

public sealed record PieceDetailsView(int Id, string Title, string Composer, int DurationSeconds, IReadOnlyList<PieceUseView> Uses);

/// <summary>An entry performing the piece, with the timing that entry gave.</summary>
public sealed record PieceUseView(int EntryId, string Season, int ClassId, string Class, string Performers, int DurationSeconds);
