namespace Festival.Application.Syllabus.Import;

/// <summary>A syllabus file was committed: how many classes it created, updated and left unchanged, and how many rows it rejected.</summary>
public sealed record SyllabusImportedNotification(
    int SeasonId, string Season, string FileName, int Created, int Updated, int Unchanged, int Rejected, string? ActorUserId, DateTimeOffset At)
    : INotification;
