namespace Festival.Application.Scheduling.Setup;

/// <summary>Creates a room of a venue (no <paramref name="RoomId"/>) or edits one: its name and the disciplines it suits.</summary>
public sealed record SaveRoomCommand(int VenueId, string Name, IReadOnlyList<string> Disciplines, int? RoomId = null) : IRequest<Result<int>>, ITransactionalRequest;
