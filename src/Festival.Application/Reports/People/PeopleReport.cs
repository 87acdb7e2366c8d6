namespace Festival.Application.Reports.People;

public sealed record PeopleReport(string Season, PeopleReportKind Kind, PagedList<PeopleReportRow> Rows);

/// <summary>A person, group or school: <see cref="Email"/> and <see cref="Roles"/> are empty for groups and schools.</summary>
public sealed record PeopleReportRow(int Id, string Name, string? Email, string Roles, int Entries, decimal Fees);
