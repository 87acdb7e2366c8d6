namespace Festival.Application.Scheduling.Setup;

/// <summary>Creates a venue (no <paramref name="VenueId"/>) or renames and re-addresses one. Returns its id.</summary>
public sealed record SaveVenueCommand(string Name, string? Address = null, int? VenueId = null) : IRequest<Result<int>>, ITransactionalRequest;
