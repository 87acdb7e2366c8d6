namespace Festival.Application.Scheduling.Publish;

/// <summary>A class part as it was published: kept in the publication's snapshot to tell later what moved.</summary>
public sealed record PublishedPlacement(int ClassId, string Code, int Part, int PartCount, int SessionId, TimeOnly Start, IReadOnlyList<int> EntryOrder);
