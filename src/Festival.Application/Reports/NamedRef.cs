namespace Festival.Application.Reports;

/// <summary>A record shown by name and linked by id (a person, a group, a school, a class).</summary>
public sealed record NamedRef(int Id, string Name);
