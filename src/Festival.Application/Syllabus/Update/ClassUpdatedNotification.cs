namespace Festival.Application.Syllabus.Update;

/// <summary>A class was edited; <see cref="Changed"/> names the fields that changed (empty when nothing did, and then nothing is published).</summary>
public sealed record ClassUpdatedNotification(
    int ClassId, int SeasonId, string Class, IReadOnlyList<string> Changed, string? ActorUserId, DateTimeOffset At) : INotification;
