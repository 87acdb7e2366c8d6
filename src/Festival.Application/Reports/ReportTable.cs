namespace Festival.Application.Reports;

/// <summary>
/// A report as a table to download: a title (the XLSX sheet name), the header, and rows of typed cells. A cell is a
/// string, a number (int, long, decimal, double), a <see cref="DateOnly"/>, a <see cref="DateTime"/>, a bool, or null
/// for blank. Strings are always written as text, never as formulas, whatever they start with.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
