namespace Festival.Domain.Results;

/// <summary>A place an adjudicator awards in a class. Stored as its number, so never renumbered.</summary>
public enum Placement
{
    First = 1,
    Second = 2,
    Third = 3,
    HonourableMention = 4,
}

public static class Placements
{
    /// <summary>How a placement is printed: 1st, 2nd, 3rd, Honourable Mention.</summary>
    public static string Label(this Placement placement) => placement switch
    {
        Placement.First => "1st",
        Placement.Second => "2nd",
        Placement.Third => "3rd",
        Placement.HonourableMention => "Honourable Mention",
        _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, "Not a placement."),
    };

    /// <summary>Reads 1, 1st, first, 2, 2nd, ..., HM, honourable mention (any letter case); null when it is none of these.</summary>
    public static Placement? Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return t switch
        {
            "1" or "1ST" or "FIRST" => Placement.First,
            "2" or "2ND" or "SECOND" => Placement.Second,
            "3" or "3RD" or "THIRD" => Placement.Third,
            "4" or "HM" or "HONOURABLEMENTION" or "HONORABLEMENTION" => Placement.HonourableMention,
            _ => null,
        };
    }
}
