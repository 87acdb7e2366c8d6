namespace Festival.Domain.Scheduling;

/// <summary>A timetable: where and when each class (or part of a split class) runs, and its entries' order.</summary>
public sealed record Schedule(IReadOnlyList<ClassPlacement> Placements);
