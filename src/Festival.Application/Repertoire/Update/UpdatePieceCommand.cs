namespace Festival.Application.Repertoire.Update;

/// <summary>Corrects a piece's title, composer or timed length. Entries keep the timing each gave.</summary>
public sealed record UpdatePieceCommand(int PieceId, string Title, string Composer, int DurationSeconds) : IRequest<Result>, ITransactionalRequest;
