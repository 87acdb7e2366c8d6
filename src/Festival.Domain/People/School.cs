namespace Festival.Domain.People;

/// <summary>A school or studio; its teachers and students are people, its choirs and bands are groups.</summary>
public sealed class School
{
    public const int MaxNameLength = 200;

    private School()
    {
    }

    public School(string name, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NameKey = PersonNames.Key(name);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string NameKey { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NameKey = PersonNames.Key(name);
    }
}
