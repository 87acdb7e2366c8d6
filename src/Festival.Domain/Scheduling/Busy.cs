namespace Festival.Domain.Scheduling;

/// <summary>A span a person is taken: by a unit, or (unit −1) by adjudicating a session.</summary>
internal readonly record struct Busy(long Start, long End, int Session, int Unit);
