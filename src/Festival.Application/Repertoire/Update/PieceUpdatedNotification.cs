namespace Festival.Application.Repertoire.Update;

public sealed record PieceUpdatedNotification(int PieceId, string Title, string Composer, int DurationSeconds, string? ActorUserId, DateTimeOffset At) : INotification;
