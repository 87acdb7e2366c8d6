namespace Festival.Application.Seasons;

/// <summary><c>Festival:Season</c>: defaults for a new season; each season keeps its own copy once created.</summary>
public sealed class SeasonOptions
{
    public const string Section = "Festival:Season";

    /// <summary>The festival's name, printed on programmes, invoices and certificates.</summary>
    public string FestivalName { get; set; } = "Festival";

    /// <summary>The day of the season's year that ages are counted on when a new season does not say (festivals often use 1 January).</summary>
    public string DefaultAgeDate { get; set; } = "01-01";
}
