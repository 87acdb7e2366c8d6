namespace Festival.Application.People.Merge;

/// <summary>Person <see cref="MergedPersonId"/> (<see cref="MergedName"/>) was merged into <see cref="KeptPersonId"/>, with what moved.</summary>
public sealed record PeopleMergedNotification(
    int KeptPersonId,
    int MergedPersonId,
    string KeptName,
    string MergedName,
    int EntriesMoved,
    int GroupPartsMoved,
    int LinksMoved,
    string? ActorUserId,
    DateTimeOffset At) : INotification;
