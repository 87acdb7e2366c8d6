namespace Festival.Application.Reports.People;

public sealed record PeopleReport(string Season, PeopleReportKind Kind, PagedList<PeopleReportRow> Rows);

/// <summary>A person, group or school: <see cref="Email"/> and <see cref="Roles"/> are empty for groups and schools.</summary>
/// <summary>A row; <see cref="MediaConsent"/> (participants only): the season's photo and recording answer, <c>Yes</c>, <c>No</c> or <c>Not answered</c>.</summary>
public sealed record PeopleReportRow(int Id, string Name, string? Email, string Roles, int Entries, decimal Fees, string? MediaConsent = null);
