using Festival.Domain.People;

namespace Festival.Application.Reports.People;

public sealed record PersonDetailsView(
    int Id,
    string Name,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    PersonRoles Roles,
    string ProfileCode,
    NamedRef? School,
    bool HasAccount,
    IReadOnlyList<PersonEntryView> Entries,
    IReadOnlyList<PersonGroupView> Groups,
    IReadOnlyList<PersonLinkView> Links);

/// <summary>An entry the person is part of; <see cref="Part"/> is Performer, Teacher or Accompanist.</summary>
public sealed record PersonEntryView(int EntryId, string Season, int ClassId, string Class, string ClassName, string Part, decimal Fee);

public sealed record PersonGroupView(NamedRef Group, GroupMemberKind Kind);

/// <summary>A link to another person, read from this person's side: "guardian of", "has guardian", "teacher of", "has teacher".</summary>
public sealed record PersonLinkView(NamedRef Other, string Relation, PersonLinkStatus Status);
