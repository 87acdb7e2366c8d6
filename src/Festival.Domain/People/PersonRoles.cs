namespace Festival.Domain.People;

/// <summary>The parts a person plays in the festival; one person may hold several (a teacher who also accompanies).</summary>
[Flags]
public enum PersonRoles
{
    None = 0,
    Participant = 1,
    Teacher = 2,
    Accompanist = 4,
    Guardian = 8,
    Adjudicator = 16,
}
