namespace Festival.Application.Scheduling.Setup;

public sealed record ScheduleSetupView(int SeasonId, string Season, IReadOnlyList<VenueView> Venues, IReadOnlyList<AdjudicatorView> Adjudicators);

public sealed record VenueView(int Id, string Name, string? Address, IReadOnlyList<RoomView> Rooms);

public sealed record RoomView(int Id, string Name, IReadOnlyList<string> Disciplines);

public sealed record AdjudicatorView(int Id, int PersonId, string Name, IReadOnlyList<string> Disciplines, IReadOnlyList<DateOnly> AvailableDays);
