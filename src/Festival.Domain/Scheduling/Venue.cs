namespace Festival.Domain.Scheduling;

/// <summary>A place the festival uses (a church, a school hall); its rooms hold the sessions. Venues are kept across seasons.</summary>
public sealed class Venue
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 500;

    private Venue()
    {
    }

    public Venue(string name, string? address, DateTimeOffset createdAt)
    {
        Edit(name, address);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Edit(string name, string? address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
    }
}
