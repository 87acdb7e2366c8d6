namespace Festival.Application.Reports.People;

/// <summary>Every school, by name: what a person's school can be set to.</summary>
public sealed record ListSchoolsQuery : IRequest<IReadOnlyList<NamedRef>>;
