using System.Text;
using Festival.Application.Imports;

namespace Festival.Infrastructure.Imports;

/// <summary>
/// An RFC 4180 reader kept small on purpose, so every limit is checked while reading rather than after: UTF-8 with or
/// without a byte-order mark (anything else is refused, never misread), comma or semicolon (whichever the header row
/// uses more), quoted cells holding delimiters, quotes ("") and line breaks. A row's number is its record number, the
/// row a spreadsheet shows it on.
/// </summary>
internal sealed class CsvTableReader(ImportOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Result<ImportTable> Read(ArraySegment<byte> content, string fileName)
    {
        try
        {
            return Parse(content, fileName);
        }
        catch (DecoderFallbackException)
        {
            return ImportErrors.NotUtf8(fileName);
        }
    }

    private Result<ImportTable> Parse(ArraySegment<byte> content, string fileName)
    {
        var bytes = content.AsSpan().StartsWith(Preamble) ? content[Preamble.Length..] : content;
        var delimiter = DetectDelimiter(bytes);
        using var reader = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), StrictUtf8,
            detectEncodingFromByteOrderMarks: false);

        List<string>? headers = null;
        var rows = new List<ImportRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var record = 1;
        var quoted = false;
        var quotedSince = 0;
        var wasQuoted = false;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (quoted)
                {
                    return ImportErrors.UnclosedQuote(fileName, quotedSince);
                }

                if (cell.Length > 0 || cells.Count > 0 || wasQuoted)
                {
                    var ended = EndRecord();
                    if (ended is not null)
                    {
                        return ended;
                    }
                }

                break;
            }

            var c = (char)next;
            if (c == '\0')
            {
                return ImportErrors.UnknownFormat(fileName);
            }

            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    cell.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            if (c == '"' && cell.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
                quotedSince = record;
            }
            else if (c == delimiter)
            {
                if (!EndCell())
                {
                    return ImportErrors.TooManyColumns(fileName, options.MaxColumns);
                }
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                var ended = EndRecord();
                if (ended is not null)
                {
                    return ended;
                }

                record++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return headers is null ? ImportErrors.NoHeader(fileName) : Result<ImportTable>.Success(new ImportTable(ImportFormat.Csv, headers, rows));

        bool EndCell()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            wasQuoted = false;
            return cells.Count <= options.MaxColumns;
        }

        Result<ImportTable>? EndRecord()
        {
            if (!EndCell())
            {
                return ImportErrors.TooManyColumns(fileName, options.MaxColumns);
            }

            var blank = cells.TrueForAll(string.IsNullOrWhiteSpace);
            if (headers is null)
            {
                if (!blank)
                {
                    headers = cells.Select(h => h.Trim()).ToList();
                }
            }
            else if (!blank)
            {
                if (rows.Count == options.MaxRows)
                {
                    return ImportErrors.TooManyRows(fileName, options.MaxRows);
                }

                while (cells.Count < headers.Count)
                {
                    cells.Add(string.Empty);
                }

                rows.Add(new ImportRow(record, cells.ToArray()));
            }

            cells.Clear();
            return null;
        }
    }

    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];

    /// <summary>Comma or semicolon: whichever occurs more often outside quotes in the first row. A tie means comma.</summary>
    private static char DetectDelimiter(ReadOnlySpan<byte> bytes)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in bytes)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\n' or (byte)'\r' && commas + semicolons > 0)
            {
                break;
            }
            else if (!quoted && b == ',')
            {
                commas++;
            }
            else if (!quoted && b == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
