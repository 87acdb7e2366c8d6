namespace Festival.Domain.Scheduling;

/// <summary>
/// Tuning of the generator. The same problem with the same options always gives the same schedule.
/// <paramref name="LocalSearchIterations"/>: moves and swaps tried after the greedy construction (null: 40 per class).
/// <paramref name="OpenSessionCost"/>: the penalty for using one more session, which keeps classes packed.
/// </summary>
public sealed record GeneratorOptions(int Seed = 1, int? LocalSearchIterations = null, double OpenSessionCost = 100)
{
    public static GeneratorOptions Default { get; } = new();
}
