using System.Globalization;
using System.Text.RegularExpressions;

namespace Festival.Application.Imports.Values;

/// <summary>A class's number and optional letter suffix: <c>2105</c>, <c>2105A</c>. The suffix is kept in capitals.</summary>
public readonly partial record struct ClassCode(int Number, string Suffix)
{
    public static Result<ClassCode> Parse(string? text, string column = "Class")
    {
        var value = (text ?? string.Empty).Trim();
        var match = Shape().Match(value);
        if (!match.Success)
        {
            return Result<ClassCode>.Failed(Error.Validation(column, value.Length == 0 ? "class_missing" : "class_unreadable",
                value.Length == 0 ? "A class number is required." : $"\"{value}\" is not a class number; write it like 2105 or 2105A."));
        }

        return Result<ClassCode>.Success(new ClassCode(
            int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["suffix"].Value.ToUpperInvariant()));
    }

    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + Suffix;

    [GeneratedRegex(@"^(?<number>\d{1,6})\s?(?<suffix>[A-Za-z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
