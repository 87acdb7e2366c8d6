namespace Festival.Domain.Results;

/// <summary>A named band of a numeric scale: <c>Gold 90+</c> holds every mark from <see cref="From"/> up to the next band.</summary>
public sealed record MarkBand(string Name, int From)
{
    public override string ToString() => $"{Name} {From}+";
}
