namespace Festival.Application.Seasons.Use;

/// <summary>Makes the named season the current one: the one pages, imports and reports use unless told otherwise.</summary>
public sealed record UseSeasonCommand(string Name) : IRequest<Result>, ITransactionalRequest;
