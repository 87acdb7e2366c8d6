namespace Festival.Domain.Scheduling;

/// <summary>A class (or part) the generator could not place, and why.</summary>
public sealed record UnplacedClass(Guid ClassId, string Code, int Part, int PartCount, string Reason);
