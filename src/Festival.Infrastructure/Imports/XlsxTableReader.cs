using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Festival.Application.Imports;

namespace Festival.Infrastructure.Imports;

/// <summary>
/// Reads the first sheet of an XLSX workbook as a stream of XML, so a sheet with a million rows costs only the rows kept:
/// reading stops at <see cref="ImportOptions.MaxRows"/>. Before anything is unpacked the zip directory is checked against
/// <see cref="ImportOptions.MaxUncompressedBytes"/> and <see cref="ImportOptions.MaxCompressionRatio"/>, and while unpacking
/// a budget stream enforces the total even when the directory lies: a zip bomb is refused, not inflated.
/// Cells are given as text: shared and inline strings as written, numbers in invariant form, dates as yyyy-mm-dd and
/// times as h:mm:ss (by the cell's number format), TRUE/FALSE, and a formula's last computed value.
/// </summary>
internal sealed class XlsxTableReader(ImportOptions options)
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private long _budget;

    public Result<ImportTable> Read(ArraySegment<byte> content, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), ZipArchiveMode.Read);
            if (IsBomb(zip))
            {
                return ImportErrors.ZipBomb(fileName);
            }

            _budget = options.MaxUncompressedBytes;
            var sheetPath = FirstSheetPath(zip);
            if (sheetPath is null || zip.GetEntry(sheetPath) is not { } sheet)
            {
                return ImportErrors.UnknownFormat(fileName);
            }

            var strings = SharedStrings(zip);
            var styles = DateStyles(zip);
            return ReadSheet(sheet, strings, styles, fileName);
        }
        catch (BudgetExceededException)
        {
            return ImportErrors.ZipBomb(fileName);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException)
        {
            return ImportErrors.Unreadable(fileName, "the workbook is damaged or is not an Excel workbook.");
        }
    }

    private bool IsBomb(ZipArchive zip)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / entry.CompressedLength;
            if (entry.Length > 1024 * 1024 && ratio > options.MaxCompressionRatio)
            {
                return true;
            }
        }

        return total > options.MaxUncompressedBytes;
    }

    private Result<ImportTable> ReadSheet(ZipArchiveEntry sheet, List<string> strings, Dictionary<int, CellKind> styles, string fileName)
    {
        using var xml = Open(sheet);
        List<string>? headers = null;
        var rows = new List<ImportRow>();
        var rowNumber = 0;
        while (xml.ReadToFollowing("row", MainNamespace))
        {
            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            var cells = ReadRow(xml, strings, styles);
            if (cells is null)
            {
                return ImportErrors.TooManyColumns(fileName, options.MaxColumns);
            }

            if (cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (headers is null)
            {
                headers = cells.Select(h => h.Trim()).ToList();
                continue;
            }

            if (rows.Count == options.MaxRows)
            {
                return ImportErrors.TooManyRows(fileName, options.MaxRows);
            }

            while (cells.Count < headers.Count)
            {
                cells.Add(string.Empty);
            }

            rows.Add(new ImportRow(rowNumber, cells));
        }

        return headers is null ? ImportErrors.NoHeader(fileName) : Result<ImportTable>.Success(new ImportTable(ImportFormat.Xlsx, headers, rows));
    }

    /// <summary>The cells of the row the reader is on, by column; null when a cell lies beyond the column limit.</summary>
    private List<string>? ReadRow(XmlReader xml, List<string> strings, Dictionary<int, CellKind> styles)
    {
        var cells = new List<string>();
        var tooWide = false;
        ForEachChild(xml, cell =>
        {
            if (cell.LocalName != "c" || tooWide)
            {
                return false;
            }

            var column = ColumnIndex(cell.GetAttribute("r")) ?? cells.Count;
            if (column >= options.MaxColumns)
            {
                tooWide = true;
                return false;
            }

            var type = cell.GetAttribute("t");
            var style = int.TryParse(cell.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var value = CellValue(cell, type, styles.GetValueOrDefault(style), strings);
            while (cells.Count < column)
            {
                cells.Add(string.Empty);
            }

            if (cells.Count == column)
            {
                cells.Add(value);
            }
            else
            {
                cells[column] = value;
            }

            return false;
        });
        return tooWide ? null : cells;
    }

    private static string CellValue(XmlReader xml, string? type, CellKind kind, List<string> strings)
    {
        string? raw = null;
        var inline = string.Empty;
        ForEachChild(xml, child =>
        {
            switch (child.LocalName)
            {
                case "v":
                    raw = child.ReadElementContentAsString();
                    return true;
                case "is":
                    inline = ReadRichText(child);
                    return false;
                default:
                    return false;
            }
        });

        return type switch
        {
            "inlineStr" => inline,
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty,
            "b" => raw is "1" || string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE",
            "str" or "e" => raw ?? string.Empty,
            _ => raw is null ? string.Empty : FormatNumber(raw, kind),
        };
    }

    /// <summary>
    /// Visits the elements inside the element the reader is on. <paramref name="visit"/> returns true when it has read
    /// past the element itself. Leaves the reader on the element's end (or on the element, when empty).
    /// </summary>
    private static void ForEachChild(XmlReader xml, Func<XmlReader, bool> visit)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && visit(xml))
            {
                continue;
            }

            xml.Read();
        }
    }

    private static string FormatNumber(string raw, CellKind kind)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        switch (kind)
        {
            case CellKind.Date when number is >= 1 and < 2958466:
                var date = DateTime.FromOADate(number);
                return date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            case CellKind.Time when number is >= 0 and < 1000:
                var seconds = (long)Math.Round(number * 86400);
                return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
            default:
                return number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The text of a string item: its &lt;t&gt; and its runs' &lt;t&gt;, without phonetic guides.</summary>
    private static string ReadRichText(XmlReader xml)
    {
        var text = new System.Text.StringBuilder();
        ForEachChild(xml, child =>
        {
            switch (child.LocalName)
            {
                case "rPh":
                    child.Skip();
                    return true;
                case "t":
                    text.Append(child.ReadElementContentAsString());
                    return true;
                default:
                    return false;
            }
        });
        return text.ToString();
    }

    /// <summary>0-based column of a cell reference such as "B12"; null when absent or malformed.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = checked((column * 26) + (c - 'A' + 1));
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? null : column - 1;
    }

    private string? FirstSheetPath(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relations)
        {
            return null;
        }

        string? id;
        using (var xml = Open(workbook))
        {
            id = xml.ReadToFollowing("sheet", MainNamespace) ? xml.GetAttribute("id", RelationshipNamespace) : null;
        }

        if (id is null)
        {
            return null;
        }

        using var rels = Open(relations);
        while (rels.ReadToFollowing("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships"))
        {
            if (rels.GetAttribute("Id") == id && rels.GetAttribute("Target") is { } target)
            {
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    private List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }

        using var xml = Open(entry);
        while (xml.ReadToFollowing("si", MainNamespace))
        {
            strings.Add(ReadRichText(xml));
        }

        return strings;
    }

    /// <summary>Which cell styles show a number as a date or a time, from the number formats in styles.xml.</summary>
    private Dictionary<int, CellKind> DateStyles(ZipArchive zip)
    {
        var kinds = new Dictionary<int, CellKind>();
        if (zip.GetEntry("xl/styles.xml") is not { } entry)
        {
            return kinds;
        }

        var custom = new Dictionary<int, CellKind>();
        using var xml = Open(entry);
        var index = 0;
        var inCellFormats = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = KindOf(xml.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellFormats = true;
                    break;
                case "xf" when inCellFormats:
                    var format = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    var kind = format switch
                    {
                        >= 14 and <= 17 or 22 => CellKind.Date,
                        >= 18 and <= 21 or >= 45 and <= 47 => CellKind.Time,
                        _ => custom.GetValueOrDefault(format),
                    };
                    if (kind != CellKind.Number)
                    {
                        kinds[index] = kind;
                    }

                    index++;
                    break;
            }
        }

        return kinds;
    }

    /// <summary>A custom number format shows a date when it has y or d outside quotes and brackets; a time when it has only h, m, s.</summary>
    private static CellKind KindOf(string formatCode)
    {
        var plain = new System.Text.StringBuilder();
        var skip = '\0';
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            if (skip != '\0')
            {
                skip = c == skip ? '\0' : skip;
            }
            else if (c is '"')
            {
                skip = '"';
            }
            else if (c is '[')
            {
                var close = formatCode.IndexOf(']', i);
                var inside = close < 0 ? string.Empty : formatCode[(i + 1)..close].ToUpperInvariant();
                if (inside is "H" or "HH" or "M" or "MM" or "S" or "SS")
                {
                    plain.Append('h');
                }

                i = close < 0 ? formatCode.Length : close;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var code = plain.ToString();
        return code.Contains('y', StringComparison.Ordinal) || code.Contains('d', StringComparison.Ordinal) ? CellKind.Date
            : code.Contains('h', StringComparison.Ordinal) || code.Contains('s', StringComparison.Ordinal) ? CellKind.Time
            : CellKind.Number;
    }

    private XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(new BudgetStream(entry.Open(), this), XmlSettings);

    private void Spend(int bytes)
    {
        _budget -= bytes;
        if (_budget < 0)
        {
            throw new BudgetExceededException();
        }
    }

    private enum CellKind
    {
        Number,
        Date,
        Time,
    }

    private sealed class BudgetExceededException : Exception;

    /// <summary>Counts unpacked bytes against the reader's budget, whatever the zip directory claimed.</summary>
    private sealed class BudgetStream(Stream inner, XlsxTableReader owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            owner.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
