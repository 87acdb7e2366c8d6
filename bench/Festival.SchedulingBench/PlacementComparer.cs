using Festival.Domain.Scheduling;

/// <summary>Two placements are equal when class, part, session, start and entry order are.</summary>
internal sealed class PlacementComparer : IEqualityComparer<ClassPlacement>
{
    public static PlacementComparer Instance { get; } = new();

    public bool Equals(ClassPlacement? x, ClassPlacement? y) =>
        x is not null && y is not null && x.ClassId == y.ClassId && x.Part == y.Part && x.SessionId == y.SessionId
        && x.Start == y.Start && x.EntryOrder.SequenceEqual(y.EntryOrder);

    public int GetHashCode(ClassPlacement obj) => HashCode.Combine(obj.ClassId, obj.Part, obj.SessionId, obj.Start);
}
