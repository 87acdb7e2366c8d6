namespace Festival.Domain.Results;

/// <summary>
/// An award or trophy: the highest mark among the published results it covers. It covers a discipline (optionally one
/// level), or a set of classes (a class group, or a named trophy's classes); <see cref="FirstPlaceOnly"/> limits it to
/// entries placed 1st in their class.
/// </summary>
public sealed record AwardRule(string Name, string? Discipline = null, string? Level = null, IReadOnlyList<string>? ClassCodes = null, bool FirstPlaceOnly = false)
{
    /// <summary>Why the rule cannot be used, or null.</summary>
    public string? Problem =>
        string.IsNullOrWhiteSpace(Name) ? "An award needs a name."
        : string.IsNullOrWhiteSpace(Discipline) && (ClassCodes is null || ClassCodes.Count == 0)
            ? $"Award '{Name}' covers nothing: give a discipline (and a level) or a set of classes."
        : null;

    public bool Covers(AwardCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Scratched || candidate.MarkValue is null || (FirstPlaceOnly && candidate.Placement != Placement.First))
        {
            return false;
        }

        if (ClassCodes is { Count: > 0 } && !ClassCodes.Any(c => string.Equals(c.Trim(), candidate.ClassCode, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return (string.IsNullOrWhiteSpace(Discipline) || string.Equals(Discipline.Trim(), candidate.Discipline, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Level) || string.Equals(Level.Trim(), candidate.Level, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One entry's result as the award rules see it.</summary>
public sealed record AwardCandidate(
    int EntryId, string Performers, string ClassCode, string Discipline, string Level, int? MarkValue, string? Mark, Placement? Placement, bool Scratched = false);

/// <summary>
/// Who an award goes to: one winner, several (a tie, for staff to decide) or nobody (no marked result it covers).
/// <see cref="Decided"/> is the tied entry staff chose; <see cref="DecisionLapsed"/> says staff decided a tie that
/// results have since changed (no longer tied, or tied between other entries), so the decision no longer applies.
/// </summary>
public sealed record AwardOutcome(string Award, IReadOnlyList<AwardCandidate> Winners, string? Mark, string? Problem = null)
{
    public bool IsTie => Winners.Count > 1;

    public bool HasWinner => Winners.Count == 1;

    public AwardCandidate? Decided { get; init; }

    public bool DecisionLapsed { get; init; }

    /// <summary>The one winner: the only one, or the tied entry staff chose; null while undecided or won by nobody.</summary>
    public AwardCandidate? Winner => HasWinner ? Winners[0] : Decided;
}

public static class Awards
{
    /// <summary>Each rule's outcome, in the rules' order; a rule that cannot be used says why instead.</summary>
    public static IReadOnlyList<AwardOutcome> Compute(IEnumerable<AwardRule> rules, IReadOnlyList<AwardCandidate> results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = new List<AwardOutcome>();
        foreach (var rule in rules)
        {
            if (rule.Problem is { } problem)
            {
                outcomes.Add(new AwardOutcome(rule.Name, [], null, problem));
                continue;
            }

            var covered = results.Where(rule.Covers).ToList();
            if (covered.Count == 0)
            {
                outcomes.Add(new AwardOutcome(rule.Name, [], null));
                continue;
            }

            var best = covered.Max(c => c.MarkValue!.Value);
            var winners = covered.Where(c => c.MarkValue == best).OrderBy(c => c.ClassCode, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.EntryId).ToList();
            outcomes.Add(new AwardOutcome(rule.Name, winners, winners[0].Mark));
        }

        return outcomes;
    }

    /// <summary>The outcomes with staff's decisions applied: a decision settles its award's tie while the tie is the one decided.</summary>
    public static IReadOnlyList<AwardOutcome> Decide(IReadOnlyList<AwardOutcome> outcomes, IEnumerable<AwardDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(decisions);
        var byAward = decisions.GroupBy(d => d.Award, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return [.. outcomes.Select(o => !byAward.TryGetValue(o.Award, out var decision) ? o
            : decision.AppliesTo(o) ? o with { Decided = o.Winners.First(w => w.EntryId == decision.EntryId) }
            : o with { DecisionLapsed = true })];
    }
}
