namespace Festival.Application.Imports;

/// <summary>
/// A file read into a table: the header names as written, then the data rows. Rows whose cells are all blank are
/// left out (their numbers are skipped, so the others keep the numbers the spreadsheet shows).
/// </summary>
public sealed record ImportTable(ImportFormat Format, IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);
