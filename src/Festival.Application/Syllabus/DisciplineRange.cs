namespace Festival.Application.Syllabus;

/// <summary>Class numbers <see cref="From"/>…<see cref="To"/> (inclusive) belong to discipline <see cref="Name"/>.</summary>
public sealed class DisciplineRange
{
    public int From { get; set; }

    public int To { get; set; }

    public string Name { get; set; } = string.Empty;
}
