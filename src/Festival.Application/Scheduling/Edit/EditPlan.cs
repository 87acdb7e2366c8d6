using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// A manual edit worked out but not yet applied: the placements of the edited classes after it (all their parts), and
/// a new pin for a class if the edit pins or unpins one.
/// </summary>
internal sealed record EditPlan(string Edit, string Description, IReadOnlyList<int> ClassIds, IReadOnlyList<ClassPlacement> After, (int ClassId, SchedulePinKind Pin)? Pin = null);
