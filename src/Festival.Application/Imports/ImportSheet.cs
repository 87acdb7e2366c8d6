namespace Festival.Application.Imports;

/// <summary>A table whose headers matched an <see cref="ImportLayout"/>: cells are read by the layout's column names.</summary>
public sealed class ImportSheet(ImportTable table, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> unknownColumns)
{
    public ImportTable Table { get; } = table;

    public IReadOnlyList<ImportRow> Rows => Table.Rows;

    /// <summary>Headers that are not part of the layout, as written; ignored, and listed so the person can check them.</summary>
    public IReadOnlyList<string> UnknownColumns { get; } = unknownColumns;

    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed cell of <paramref name="row"/> under <paramref name="column"/>; empty when blank or the column is absent.</summary>
    public string Cell(ImportRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return columns.TryGetValue(column, out var index) ? row[index].Trim() : string.Empty;
    }
}
