namespace Festival.Domain.Scheduling;

/// <summary>A room of a venue and the disciplines it suits (a room with a grand piano suits Piano).</summary>
public sealed class Room
{
    public const int MaxNameLength = 100;

    private Room()
    {
    }

    public Room(int venueId, string name, IEnumerable<string> disciplines)
    {
        VenueId = venueId;
        Edit(name, disciplines);
    }

    public int Id { get; private set; }

    public int VenueId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Stored form of <see cref="Disciplines"/>.</summary>
    public string DisciplineList { get; private set; } = string.Empty;

    public IReadOnlyList<string> Disciplines => Scheduling.Disciplines.Parse(DisciplineList);

    public void Edit(string name, IEnumerable<string> disciplines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        DisciplineList = Scheduling.Disciplines.Join(disciplines);
    }
}
