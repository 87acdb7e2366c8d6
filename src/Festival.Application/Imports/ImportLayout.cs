namespace Festival.Application.Imports;

/// <summary>
/// The columns one kind of import understands. <see cref="Required"/> must all be present;
/// of each group in <see cref="RequiredOneOf"/> at least one must be; <see cref="Optional"/> are read when present.
/// Any other column is listed as unknown and ignored.
/// </summary>
public sealed record ImportLayout(
    string Description,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Optional,
    IReadOnlyList<IReadOnlyList<string>> RequiredOneOf)
{
    public IEnumerable<string> AllColumns => Required.Concat(RequiredOneOf.SelectMany(g => g)).Concat(Optional);

    /// <summary>
    /// Matches a table's headers to this layout. Names are compared ignoring case, spaces, hyphens and underscores
    /// (<c>Warm-up</c>, <c>warm up</c> and <c>WarmUp</c> are one column), in any order.
    /// </summary>
    public Result<ImportSheet> Match(ImportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var known = AllColumns.ToDictionary(HeaderKey, c => c, StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        var errors = new List<Error>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            var key = HeaderKey(header);
            if (key.Length == 0)
            {
                continue;
            }

            if (!known.TryGetValue(key, out var column))
            {
                unknown.Add(header.Trim());
            }
            else if (columns.TryGetValue(column, out var first))
            {
                errors.Add(ImportErrors.DuplicateColumn(column, first + 1, i + 1));
            }
            else
            {
                columns[column] = i;
            }
        }

        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Insert(0, ImportErrors.MissingColumns(missing));
        }

        errors.AddRange(RequiredOneOf.Where(g => !g.Any(columns.ContainsKey)).Select(ImportErrors.MissingAlternative));
        return errors.Count > 0 ? Result<ImportSheet>.Failed(errors) : Result<ImportSheet>.Success(new ImportSheet(table, columns, unknown));
    }

    internal static string HeaderKey(string header) =>
        string.Concat(header.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
