using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Festival.Infrastructure.Tests.Imports;

/// <summary>Workbooks made by the tests: with the Open XML SDK, or written straight into a zip when size is the point.</summary>
internal static class XlsxFiles
{
    public const uint DateStyle = 1;
    public const uint TimeStyle = 2;
    public const uint CustomDateStyle = 3;

    /// <summary>
    /// A workbook whose first sheet holds <paramref name="rows"/> (row number → cells by column letter). Strings go to the
    /// shared string table, except those starting with "inline:"; doubles are numbers; (double, style) pairs are styled numbers.
    /// A second sheet follows, which readers must ignore.
    /// </summary>
    public static byte[] Workbook(IReadOnlyDictionary<uint, IReadOnlyDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 170, FormatCode = "dd\\/mm\\/yyyy" }),
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 21, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true }));
            var strings = new List<string>();
            var first = workbook.AddNewPart<WorksheetPart>();
            first.Worksheet = new Worksheet(new SheetData(rows.Select(row => new Row(row.Value.Select(cell => Cell($"{cell.Key}{row.Key}", cell.Value, strings)))
            {
                RowIndex = row.Key,
            })));
            var second = workbook.AddNewPart<WorksheetPart>();
            second.Worksheet = new Worksheet(new SheetData(new Row(Cell("A1", "Not this sheet", strings)) { RowIndex = 1 }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(first), SheetId = 1, Name = "Entries" },
                new Sheet { Id = workbook.GetIdOfPart(second), SheetId = 2, Name = "Notes" }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(string reference, object value, List<string> strings) => value switch
    {
        string text when text.StartsWith("inline:", StringComparison.Ordinal) => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text["inline:".Length..])),
        },
        string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(text, strings)) },
        double number => new Cell { CellReference = reference, CellValue = new CellValue(number) },
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag) },
        (double number, uint style) => new Cell { CellReference = reference, CellValue = new CellValue(number), StyleIndex = style },
        _ => throw new ArgumentException($"No cell for {value}"),
    };

    private static int Share(string text, List<string> strings)
    {
        strings.Add(text);
        return strings.Count - 1;
    }

    /// <summary>
    /// The smallest workbook a reader accepts, its sheet XML written by <paramref name="writeRows"/> straight into the zip,
    /// so a million rows cost seconds and a few megabytes.
    /// </summary>
    public static byte[] Raw(Action<TextWriter> writeRows, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            Entry(zip, "xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open(), new UTF8Encoding(false));
            sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            writeRows(sheet);
            sheet.Write("</sheetData></worksheet>");
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
