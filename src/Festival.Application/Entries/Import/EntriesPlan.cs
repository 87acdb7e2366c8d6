using System.Globalization;
using Festival.Application.Imports;
using Festival.Domain.People;

namespace Festival.Application.Entries.Import;

/// <summary>
/// A reference to a record in a plan: a positive value is the id of a record that exists, a negative one the position
/// (−1, −2, …) of a record the plan creates.
/// </summary>
public readonly record struct Ref(int Value)
{
    public bool IsNew => Value < 0;

    public int NewIndex => -Value - 1;

    public static Ref Existing(int id) => new(id);

    public static Ref New(int index) => new(-index - 1);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record NewPerson(string Name, string? Email, string? Phone, DateOnly? BirthDate, Ref? School, PersonRoles Roles);

/// <summary>What a row adds to a person who exists: only what was unknown, never an overwrite.</summary>
public sealed record PersonCompletion(int PersonId, string? Email, string? Phone, DateOnly? BirthDate, Ref? School, PersonRoles Roles);

public sealed record NewGroup(string Name, Ref? School);

public sealed record NewPiece(string Title, string Composer, int DurationSeconds);

public sealed record PlannedPiece(Ref Piece, int Seconds);

public sealed record PlannedEntry(int Row, int ClassId, Ref? Group, IReadOnlyList<Ref> Participants, Ref? Teacher, Ref? Accompanist, string? Comments,
    IReadOnlyList<PlannedPiece> Pieces, decimal Fee);

public sealed record PlannedEntryUpdate(int Row, int EntryId, Ref? Teacher, Ref? Accompanist, string? Comments, IReadOnlyList<PlannedPiece> Pieces,
    IReadOnlyList<string> Changes);

public sealed class EntriesPlan(
    int seasonId, string seasonName, string fileName, ImportSheet sheet, IReadOnlyList<ImportIssue> issues, EntriesPlanParts parts)
    : ImportPlan(ImportKind.Entries, seasonId, seasonName, fileName, sheet, issues)
{
    public EntriesPlanParts Parts { get; } = parts;

    public override IReadOnlyList<ImportCount> Counts =>
    [
        new("Entries", Parts.Creates.Count, Parts.Updates.Count, Parts.Unchanged),
        new("People", Parts.NewPeople.Count, Parts.Completions.Count, 0),
        new("Groups", Parts.NewGroups.Count, 0, 0),
        new("Schools", Parts.NewSchools.Count, 0, 0),
        new("Pieces", Parts.NewPieces.Count, 0, 0),
    ];

    protected override IEnumerable<string> Operations() =>
        Parts.NewSchools.Select(s => $"school {s}")
            .Concat(Parts.NewPeople.Select(p => $"person {p}"))
            .Concat(Parts.Completions.Select(c => $"complete {c}"))
            .Concat(Parts.NewGroups.Select(g => $"group {g}"))
            .Concat(Parts.NewPieces.Select(p => $"piece {p}"))
            .Concat(Parts.TeacherLinks.Select(l => $"teaches {l.Teacher} {l.Student}"))
            .Concat(Parts.Creates.Select(e => $"entry {e.ClassId} {e.Group} {string.Join(',', e.Participants)} {e.Teacher} {e.Accompanist} {e.Comments} {string.Join(',', e.Pieces)} {e.Fee}"))
            .Concat(Parts.Updates.Select(u => $"update {u.EntryId} {u.Teacher} {u.Accompanist} {u.Comments} {string.Join(',', u.Pieces)}"));
}

/// <summary>The writes an entries plan consists of, in the order they are applied.</summary>
public sealed record EntriesPlanParts(
    IReadOnlyList<string> NewSchools,
    IReadOnlyList<NewPerson> NewPeople,
    IReadOnlyList<PersonCompletion> Completions,
    IReadOnlyList<NewGroup> NewGroups,
    IReadOnlyList<NewPiece> NewPieces,
    IReadOnlyList<(Ref Teacher, Ref Student)> TeacherLinks,
    IReadOnlyList<PlannedEntry> Creates,
    IReadOnlyList<PlannedEntryUpdate> Updates,
    int Unchanged);
