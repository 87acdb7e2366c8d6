namespace Festival.Domain.Results;

/// <summary>An entry of a class as the placement rules see it; <see cref="Label"/> names it in messages (its performers).</summary>
public sealed record PlacedEntry(int EntryId, string Label, Placement? Placement, bool Scratched = false, int? MarkValue = null);

/// <summary>What is wrong with a class's placements (refused), and what looks odd but is the adjudicator's call (warnings).</summary>
public sealed record PlacementCheck(IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings)
{
    public bool Valid => Problems.Count == 0;
}

/// <summary>
/// The rules placements in one class follow. Ties are allowed (two 1sts); places cannot skip (a 2nd needs a 1st, a 3rd
/// a 2nd, an Honourable Mention a 1st), so after two tied 1sts the next place is 2nd. A class with fewer performing
/// entries than the festival's minimum gets no placements, and a scratched entry is never placed.
/// </summary>
public static class PlacementRules
{
    public static PlacementCheck Check(IReadOnlyList<PlacedEntry> entries, int minimumEntries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var problems = new List<string>();
        var placed = entries.Where(e => e.Placement is not null).ToList();
        foreach (var scratched in placed.Where(e => e.Scratched))
        {
            problems.Add($"{scratched.Label} did not perform (scratched) and cannot be placed.");
        }

        var performing = entries.Count(e => !e.Scratched);
        if (placed.Count > 0 && performing < minimumEntries)
        {
            problems.Add($"Placements are awarded only in classes of at least {minimumEntries} performing entries; this class has {performing}.");
        }

        var awarded = placed.Select(e => e.Placement!.Value).ToHashSet();
        foreach (var (place, needs) in new[] { (Placement.Second, Placement.First), (Placement.Third, Placement.Second), (Placement.HonourableMention, Placement.First) })
        {
            if (awarded.Contains(place) && !awarded.Contains(needs))
            {
                problems.Add($"{place.Label()} is awarded but no {needs.Label()}: places cannot skip.");
            }
        }

        return new PlacementCheck(problems, MarkWarnings(placed));
    }

    /// <summary>
    /// Placements from marks alone, as a starting point for the adjudicator: the highest mark 1st, the next 2nd, the next
    /// 3rd (equal marks tie), none when the class is below the minimum. Entries without a mark are not placed.
    /// </summary>
    public static IReadOnlyDictionary<int, Placement> FromMarks(IReadOnlyList<PlacedEntry> entries, int minimumEntries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count(e => !e.Scratched) < minimumEntries)
        {
            return new Dictionary<int, Placement>();
        }

        var marks = entries.Where(e => !e.Scratched && e.MarkValue is not null).Select(e => e.MarkValue!.Value).Distinct().OrderDescending().Take(3).ToList();
        return entries.Where(e => !e.Scratched && e.MarkValue is { } v && marks.Contains(v))
            .ToDictionary(e => e.EntryId, e => (Placement)(marks.IndexOf(e.MarkValue!.Value) + 1));
    }

    /// <summary>A better place with a lower mark than a worse place: allowed (the adjudicator decides) but worth a second look.</summary>
    private static List<string> MarkWarnings(List<PlacedEntry> placed)
    {
        var ranked = placed.Where(e => e.Placement is not Placement.HonourableMention && e.MarkValue is not null && !e.Scratched).ToList();
        var warnings = new List<string>();
        foreach (var better in ranked)
        {
            foreach (var worse in ranked.Where(w => w.Placement > better.Placement && w.MarkValue > better.MarkValue))
            {
                warnings.Add($"{better.Label} is placed {better.Placement!.Value.Label()} with a lower mark than {worse.Label}, placed {worse.Placement!.Value.Label()}.");
            }
        }

        return warnings;
    }
}
