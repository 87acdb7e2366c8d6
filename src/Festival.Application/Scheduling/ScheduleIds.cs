namespace Festival.Application.Scheduling;

/// <summary>
/// The engine names everything by <see cref="Guid"/>; the database by <see cref="int"/>. Each int id maps to one Guid
/// that carries the id and its kind, so the mapping needs no table, is the same on every run, and reads back directly.
/// </summary>
public static class ScheduleIds
{
    private const short ClassKind = 1;
    private const short EntryKind = 2;
    private const short PersonKind = 3;
    private const short SessionKind = 4;
    private const short VenueKind = 5;
    private const short RoomKind = 6;
    private const short SchoolKind = 7;
    private const short NoAdjudicatorKind = 8;

    public static Guid Class(int id) => Make(ClassKind, id);

    public static Guid Entry(int id) => Make(EntryKind, id);

    public static Guid Person(int id) => Make(PersonKind, id);

    public static Guid Session(int id) => Make(SessionKind, id);

    public static Guid Venue(int id) => Make(VenueKind, id);

    public static Guid Room(int id) => Make(RoomKind, id);

    public static Guid School(int id) => Make(SchoolKind, id);

    /// <summary>Stands in for the adjudicator of a session that has none yet: nobody real, busy only in that session.</summary>
    public static Guid NoAdjudicator(int sessionId) => Make(NoAdjudicatorKind, sessionId);

    /// <summary>The int id inside a Guid made above.</summary>
    public static int Number(Guid id) => BitConverter.ToInt32(id.ToByteArray(), 0);

    /// <summary>Whether the Guid names a person (not a stand-in or a school).</summary>
    public static bool IsPerson(Guid id) => KindOf(id) == PersonKind;

    public static bool IsSchool(Guid id) => KindOf(id) == SchoolKind;

    private static short KindOf(Guid id) => BitConverter.ToInt16(id.ToByteArray(), 6);

    private static Guid Make(short kind, int id) => new(id, 0, kind, 0, 0, 0, 0, 0, 0, 0, 0);
}
