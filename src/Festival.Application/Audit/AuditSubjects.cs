namespace Festival.Application.Audit;

/// <summary>
/// What an audit event is about when it is not an account: festival records are named <c>kind:id</c>, which no account id
/// (a GUID) can look like.
/// </summary>
public static class AuditSubjects
{
    public static string Season(int id) => $"season:{id}";

    public static string Person(int id) => $"person:{id}";

    public static string Class(int id) => $"class:{id}";

    public static string Piece(int id) => $"piece:{id}";

    public static string Entry(int id) => $"entry:{id}";

    /// <summary>A venue, room, adjudicator or session of the schedule: <c>venue:3</c>, <c>session:12</c>.</summary>
    public static string ScheduleRecord(string record, int id) => $"{record}:{id}";

    public static string Session(int id) => $"session:{id}";

    /// <summary>The page of the record an event is about, or null when the subject is an account.</summary>
    public static string? PageOf(string subject) =>
        subject.StartsWith("season:", StringComparison.Ordinal) ? "/Admin/Season"
        : subject.StartsWith("person:", StringComparison.Ordinal) ? $"/Admin/People/{subject["person:".Length..]}"
        : subject.StartsWith("class:", StringComparison.Ordinal) ? $"/Admin/Classes/{subject["class:".Length..]}"
        : subject.StartsWith("piece:", StringComparison.Ordinal) ? $"/Admin/Repertoire/{subject["piece:".Length..]}"
        : subject.StartsWith("session:", StringComparison.Ordinal) ? $"/Admin/Results/Session/{subject["session:".Length..]}"
        : null;
}
