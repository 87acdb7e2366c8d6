using Festival.Domain.Results;

namespace Festival.Application.Results.Placements;

/// <summary>
/// Sets a class's placements as a whole: every entry named gets the placement given (null: none), entries not named
/// keep theirs. The class's placements must then follow <see cref="PlacementRules"/>, or nothing is written.
/// </summary>
public sealed record SetPlacementsCommand(string UserId, int ClassId, IReadOnlyDictionary<int, Placement?> Placements, bool AsStaff = false)
    : IRequest<Result<PlacementsSet>>, ITransactionalRequest;

/// <summary>The class's placements now, and what looks odd about them (a better place with a lower mark).</summary>
public sealed record PlacementsSet(int ClassId, IReadOnlyDictionary<int, Placement> Placements, IReadOnlyList<string> Warnings);
