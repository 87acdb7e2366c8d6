namespace Festival.Domain.Scheduling;

/// <summary>What a conflict is about.</summary>
public enum ConflictKind
{
    /// <summary>A placement names a class, session or entry the problem does not have, or a class's entries are not each placed once.</summary>
    InvalidPlacement,

    /// <summary>The class starts before the session, during a break, or ends after the session.</summary>
    DoesNotFitSession,

    /// <summary>Two classes in one session at overlapping times.</summary>
    ClassesOverlap,

    /// <summary>The room does not suit the class's discipline.</summary>
    RoomUnsuited,

    /// <summary>The session's adjudicator does not adjudicate the class's discipline.</summary>
    AdjudicatorLacksDiscipline,

    /// <summary>The session's adjudicator is not available that day.</summary>
    AdjudicatorUnavailable,

    /// <summary>The session's adjudicator teaches a performer of the class.</summary>
    AdjudicatorTeachesParticipant,

    /// <summary>One adjudicator holds two sessions at overlapping times.</summary>
    AdjudicatorDoubleBooked,

    /// <summary>A person is in two classes (or adjudicating a session) at overlapping times.</summary>
    PersonDoubleBooked,

    /// <summary>A person's two classes are in different rooms of one venue with less than the changeover between them.</summary>
    ChangeoverWithinVenue,

    /// <summary>A person's two classes are in different venues with less than the changeover between them.</summary>
    ChangeoverBetweenVenues,

    /// <summary>A class is not in the schedule.</summary>
    Unplaced,

    /// <summary>A pinned class is not where it was pinned.</summary>
    PinNotKept,

    /// <summary>A younger class runs after an older one in the same session.</summary>
    YoungerAfterOlder,

    /// <summary>A school's group entries are spread over several days.</summary>
    SchoolGroupsOnSeveralDays,
}
