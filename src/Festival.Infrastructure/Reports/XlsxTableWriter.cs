using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Festival.Application.Reports;

namespace Festival.Infrastructure.Reports;

/// <summary>
/// Writes a report as an XLSX workbook of one sheet, streamed row by row with the Open XML SDK. Text is always an inline
/// string, never a formula, so <c>=HYPERLINK(…)</c> shows as the characters typed; numbers are numbers, dates are dates
/// (yyyy-mm-dd format), and the header row is bold.
/// </summary>
internal sealed class XlsxTableWriter : ITableWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;

    public TableFormat Format => TableFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => ".xlsx";

    public async Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);

        // The package needs a seekable stream; a response body is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, table.Headers.Cast<object?>().ToList(), header: true);
                var number = 1u;
                foreach (var row in table.Rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteRow(writer, ++number, row, header: false);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(table.Title) }));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void WriteRow(OpenXmlWriter writer, uint number, IReadOnlyList<object?> cells, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = number });
        foreach (var value in cells)
        {
            var cell = Cell(value);
            if (header)
            {
                cell.StyleIndex = HeaderStyle;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or short or byte or decimal or double or float => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(SpreadsheetText.Format(value)),
        },
        bool flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag) },
        DateOnly date => DateCell(date.ToDateTime(TimeOnly.MinValue)),
        DateTime time => DateCell(time),
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(SpreadsheetText.XmlSafe(SpreadsheetText.Format(value))) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static Cell DateCell(DateTime time) => new()
    {
        CellValue = new CellValue(time.ToOADate()),
        StyleIndex = DateStyle,
    };

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, not blank.</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "Report" : name[..Math.Min(name.Length, 31)];
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
}
