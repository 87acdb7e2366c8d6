namespace Festival.Domain.Seasons;

/// <summary>Where a moment falls in a season's entry dates.</summary>
public enum EntryWindow
{
    NotYetOpen,

    /// <summary>Families submit, edit and withdraw their entries.</summary>
    Open,

    /// <summary>After the deadline, in the late window staff opened: new entries pay the surcharge.</summary>
    Late,

    /// <summary>Only festival staff change entries.</summary>
    Closed,
}
