using Festival.Domain.People;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries.Import;

public sealed record KnownPerson(int Id, string Name, string? EmailKey, DateOnly? BirthDate, PersonRoles Roles, bool HasEmail, bool HasPhone, bool HasSchool);

public sealed record KnownNamed(int Id, string Name);

public sealed record KnownPiece(int Id, string Title, string Composer, int DurationSeconds);

public sealed record KnownEntry(int Id, int ClassId, string ParticipantKey, int? TeacherId, int? AccompanistId, string? Comments, IReadOnlyList<(int PieceId, int Seconds)> Pieces);

/// <summary>What an entries import is planned against: the season's classes and entries, and everyone and everything known.</summary>
public sealed record EntriesImportData(
    IReadOnlyList<FestivalClass> Classes,
    IReadOnlyList<KnownPerson> People,
    IReadOnlyList<KnownNamed> Schools,
    IReadOnlyList<KnownNamed> Groups,
    IReadOnlyList<KnownPiece> Pieces,
    IReadOnlyList<KnownEntry> Entries,
    IReadOnlySet<(int TeacherId, int StudentId)> TeacherLinks);
