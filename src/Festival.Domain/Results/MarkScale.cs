using System.Globalization;
using System.Text.RegularExpressions;

namespace Festival.Domain.Results;

/// <summary>What reading a mark or a scale gave: the value, or why there is none.</summary>
public sealed record Reading<T>(T? Value, string? Problem) where T : notnull
{
    public bool Succeeded => Problem is null;

    public static Reading<T> Of(T value) => new(value, null);

    public static Reading<T> Refused(string problem) => new(default, problem);
}

/// <summary>
/// A season's mark scale: whole numbers in a range with optional named bands (<c>60-100, Gold 90+, Silver 80+</c>), or
/// descriptors, best first (<c>I, II, III</c>). The scale is kept as that one line of text (<see cref="Spec"/>), which is
/// also how staff type it.
/// </summary>
public sealed partial class MarkScale
{
    public const int MaxSpecLength = 500;
    public const int MaxDescriptorLength = 30;

    private MarkScale(int min, int max, IReadOnlyList<MarkBand> bands, IReadOnlyList<string> descriptors)
    {
        Min = min;
        Max = max;
        Bands = bands;
        Descriptors = descriptors;
    }

    /// <summary>The usual scale when a season sets none: 60 to 100 with Gold, Silver and Bronze bands.</summary>
    public static MarkScale Default { get; } = Numeric(60, 100, [new("Gold", 90), new("Silver", 80), new("Bronze", 70)]);

    public bool IsNumeric => Descriptors.Count == 0;

    public int Min { get; }

    public int Max { get; }

    /// <summary>The bands of a numeric scale, highest first.</summary>
    public IReadOnlyList<MarkBand> Bands { get; }

    /// <summary>The descriptors of a descriptive scale, best first.</summary>
    public IReadOnlyList<string> Descriptors { get; }

    public string Spec => IsNumeric
        ? string.Join(", ", new[] { $"{Min}-{Max}" }.Concat(Bands.Select(b => b.ToString())))
        : string.Join(", ", Descriptors);

    public static MarkScale Numeric(int min, int max, IEnumerable<MarkBand>? bands = null)
    {
        var ordered = (bands ?? []).OrderByDescending(b => b.From).ToList();
        if (NumericProblem(min, max, ordered) is { } problem)
        {
            throw new ArgumentException(problem, nameof(bands));
        }

        return new MarkScale(min, max, ordered, []);
    }

    public static MarkScale Descriptive(IEnumerable<string> descriptors)
    {
        var list = (descriptors ?? throw new ArgumentNullException(nameof(descriptors))).Select(d => d.Trim()).ToList();
        if (DescriptorProblem(list) is { } problem)
        {
            throw new ArgumentException(problem, nameof(descriptors));
        }

        return new MarkScale(1, list.Count, [], list);
    }

    /// <summary>Reads a scale as staff type it; the problem says what is wrong and how it should look.</summary>
    public static Reading<MarkScale> Parse(string? spec)
    {
        var text = (spec ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Reading<MarkScale>.Refused("Give a mark scale: a range with bands such as '60-100, Gold 90+, Silver 80+', or descriptors best first such as 'I, II, III'.");
        }

        if (text.Length > MaxSpecLength)
        {
            return Reading<MarkScale>.Refused($"A mark scale is at most {MaxSpecLength} characters.");
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (RangePattern().Match(parts[0]) is not { Success: true } range)
        {
            var descriptors = parts.ToList();
            return DescriptorProblem(descriptors) is { } problem
                ? Reading<MarkScale>.Refused(problem)
                : Reading<MarkScale>.Of(new MarkScale(1, descriptors.Count, [], descriptors));
        }

        if (!int.TryParse(range.Groups["min"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(range.Groups["max"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
        {
            return Reading<MarkScale>.Refused($"'{parts[0]}' is not a range of whole numbers such as 60-100.");
        }

        var bands = new List<MarkBand>();
        foreach (var part in parts.Skip(1))
        {
            if (BandPattern().Match(part) is not { Success: true } band
                || !int.TryParse(band.Groups["from"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                return Reading<MarkScale>.Refused($"'{part}' is not a band: write a name and the lowest mark it holds, such as 'Gold 90+'.");
            }

            bands.Add(new MarkBand(band.Groups["name"].Value.Trim(), from));
        }

        bands = [.. bands.OrderByDescending(b => b.From)];
        return NumericProblem(min, max, bands) is { } numericProblem
            ? Reading<MarkScale>.Refused(numericProblem)
            : Reading<MarkScale>.Of(new MarkScale(min, max, bands, []));
    }

    /// <summary>What marks this scale takes, in words, for messages and forms.</summary>
    public string Describe() => IsNumeric
        ? $"a whole number from {Min} to {Max}"
        : $"one of {string.Join(", ", Descriptors)}";

    /// <summary>Reads a mark typed for this scale. A blank mark is no mark: the caller decides whether that is allowed.</summary>
    public Reading<Mark> Read(string? text)
    {
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length == 0)
        {
            return Reading<Mark>.Refused($"Give a mark: {Describe()}.");
        }

        if (!IsNumeric)
        {
            var index = Descriptors.ToList().FindIndex(d => string.Equals(d, typed, StringComparison.OrdinalIgnoreCase));
            return index < 0
                ? Reading<Mark>.Refused($"'{Shorten(typed)}' is not on this festival's scale: the mark is {Describe()}.")
                : Reading<Mark>.Of(new Mark(Descriptors[index], Descriptors.Count - index));
        }

        if (!int.TryParse(typed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Reading<Mark>.Refused($"'{Shorten(typed)}' is not a mark: the mark is {Describe()}.");
        }

        return value < Min || value > Max
            ? Reading<Mark>.Refused($"{value} is outside this festival's scale: the mark is {Describe()}.")
            : Reading<Mark>.Of(new Mark(value.ToString(CultureInfo.InvariantCulture), value));
    }

    /// <summary>The mark with this value (as stored), for showing it again.</summary>
    public Mark FromValue(int value) => IsNumeric
        ? new Mark(value.ToString(CultureInfo.InvariantCulture), value)
        : new Mark(Descriptors[Math.Clamp(Descriptors.Count - value, 0, Descriptors.Count - 1)], value);

    /// <summary>The band a mark falls in (<c>Gold</c>), or null below every band and on descriptive scales.</summary>
    public string? BandOf(int value) => Bands.FirstOrDefault(b => value >= b.From)?.Name;

    /// <summary>Whether a mark reaches the band named <paramref name="band"/> (or a higher one); false for an unknown band.</summary>
    public bool Reaches(int value, string band) =>
        Bands.FirstOrDefault(b => string.Equals(b.Name, band, StringComparison.OrdinalIgnoreCase)) is { } named && value >= named.From;

    /// <summary>
    /// Why <paramref name="band"/> cannot be this scale's certificate band, or null: it must name a band of a numeric scale
    /// or a descriptor of a descriptive one (blank is no band: placed entries only).
    /// </summary>
    public string? CertificateBandProblem(string? band) =>
        string.IsNullOrWhiteSpace(band) || (IsNumeric ? Bands.Any(b => string.Equals(b.Name, band.Trim(), StringComparison.OrdinalIgnoreCase)) : Read(band).Succeeded)
            ? null
            : $"'{band.Trim()}' is not a band of the scale {Spec}: give one of {(IsNumeric ? (Bands.Count == 0 ? "none (this scale has no bands)" : string.Join(", ", Bands.Select(b => b.Name))) : string.Join(", ", Descriptors))}, or leave it blank.";

    private static string? NumericProblem(int min, int max, List<MarkBand> bands)
    {
        if (min < 0 || max <= min)
        {
            return $"A mark range runs from a lower to a higher whole number, such as 60-100 ({min}-{max} does not).";
        }

        foreach (var band in bands)
        {
            if (string.IsNullOrWhiteSpace(band.Name) || band.Name.Length > MaxDescriptorLength)
            {
                return $"A band needs a name of 1 to {MaxDescriptorLength} characters.";
            }

            if (band.From < min || band.From > max)
            {
                return $"Band {band.Name} starts at {band.From}, outside the range {min}-{max}.";
            }
        }

        if (bands.Select(b => b.Name.ToUpperInvariant()).Distinct().Count() != bands.Count)
        {
            return "Two bands have the same name.";
        }

        return bands.Select(b => b.From).Distinct().Count() != bands.Count ? "Two bands start at the same mark." : null;
    }

    private static string? DescriptorProblem(List<string> descriptors)
    {
        if (descriptors.Count < 2)
        {
            return "Descriptors are at least two, best first, separated by commas, such as 'I, II, III'.";
        }

        if (descriptors.Any(d => d.Length == 0 || d.Length > MaxDescriptorLength))
        {
            return $"Each descriptor has 1 to {MaxDescriptorLength} characters.";
        }

        return descriptors.Select(d => d.ToUpperInvariant()).Distinct().Count() != descriptors.Count ? "Two descriptors are the same." : null;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^(?<min>\d{1,6})\s*[-–]\s*(?<max>\d{1,6})$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^(?<name>[^,+]*?[^\d\s,+][^,+]*?)\s+(?<from>\d{1,6})\s*\+?$")]
    private static partial Regex BandPattern();
}
