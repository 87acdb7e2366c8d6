namespace Festival.Application.Imports;

/// <summary>
/// One row of an imported table. <paramref name="Number"/> is the row number the person sees in their spreadsheet
/// (the header is row 1); for a PDF, <paramref name="Location"/> says the page and line instead.
/// Cells are strings exactly as read, one per header (padded with empty strings when the row is short).
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells, string Location)
{
    public ImportRow(int number, IReadOnlyList<string> cells) : this(number, cells, $"row {number}")
    {
    }

    /// <summary>The cell at <paramref name="column"/> (0-based), or empty when the row has no such cell.</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;
}
