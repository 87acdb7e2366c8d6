namespace Festival.Application.Reports.People;

/// <summary>Everything a person is part of, across seasons: entries (as performer, teacher, accompanist), groups, links.</summary>
public sealed record PersonDetailsQuery(int PersonId) : IRequest<PersonDetailsView?>;
