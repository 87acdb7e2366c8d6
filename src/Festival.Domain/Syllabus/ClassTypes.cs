namespace Festival.Domain.Syllabus;

public static class ClassTypes
{
    /// <summary>
    /// The performers an entry of this type has: one person for a solo, recital or composition, two to five for duet to
    /// quintet; an ensemble enters as one group. Null for <see cref="ClassType.Ensemble"/>, which takes a group instead.
    /// </summary>
    public static int? PerformerCount(this ClassType type) => type switch
    {
        ClassType.Solo or ClassType.Recital or ClassType.Composition => 1,
        ClassType.Duet => 2,
        ClassType.Trio => 3,
        ClassType.Quartet => 4,
        ClassType.Quintet => 5,
        _ => null,
    };

    /// <summary>Whether an entry of this type is made by a group (choir, band) rather than named people.</summary>
    public static bool TakesGroup(this ClassType type) => type == ClassType.Ensemble;
}
