namespace Festival.Application.Imports;

/// <summary>The two file layouts Festival imports (described in docs/import.md).</summary>
public static class ImportLayouts
{
    /// <summary>How many pieces an entry row can hold: Title, Title 2 … Title 5.</summary>
    public const int MaxPieces = 5;

    public static ImportLayout Syllabus { get; } = new(
        "a syllabus",
        ["Class", "Name"],
        ["Discipline", "Level", "Type", "Fee", "Adjudication", "WarmUp", "MinAge", "MaxAge", "MaxDuration"],
        []);

    public static ImportLayout Entries { get; } = new(
        "entries",
        ["Class", "Title", "Composer", "Duration"],
        [
            "Birthdates", "Email", "Phone", "School", "Teacher", "Teacher Email", "Accompanist", "Accompanist Email",
            "Accompanist Phone", "Comments",
            .. Enumerable.Range(2, MaxPieces - 1).SelectMany(n => new[] { Title(n), Composer(n), Duration(n) }),
        ],
        [["Participants", "Group"]]);

    /// <summary>The title column of the <paramref name="n"/>th piece (1-based): <c>Title</c>, <c>Title 2</c>….</summary>
    public static string Title(int n) => Numbered("Title", n);

    public static string Composer(int n) => Numbered("Composer", n);

    public static string Duration(int n) => Numbered("Duration", n);

    private static string Numbered(string column, int n) => n == 1 ? column : $"{column} {n}";
}
