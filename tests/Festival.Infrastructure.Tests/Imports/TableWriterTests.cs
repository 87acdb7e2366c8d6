using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Festival.Application.Reports;
using Festival.Infrastructure.Reports;

namespace Festival.Infrastructure.Tests.Imports;

public sealed class TableWriterTests
{
    private static readonly ReportTable Report = new(
        "Classes: 2027/Spring",
        ["Class", "Name", "Entries", "Fee", "Date", "Open"],
        [
            ["2105", "=HYPERLINK(\"http://evil.example\",\"click\")", 12, 25.50m, new DateOnly(2027, 3, 1), true],
            ["2106A", "+1 trick", -3, 0.1, null, false],
            ["2107", "-2+3", 0, 12m, new DateOnly(2027, 3, 2), true],
            ["2108", "@SUM(A1:A2)", 1, 1m, null, false],
            ["2109", "\tTabbed, \"quoted\"\nand two lines", 1, 1m, null, false],
            ["2110", "Plain <script>alert(1)</script>", 1, 1m, null, false],
        ]);

    private static async Task<byte[]> Write(ITableWriter writer)
    {
        using var stream = new MemoryStream();
        await writer.WriteAsync(Report, stream, CancellationToken.None);
        return stream.ToArray();
    }

    [Test]
    public async Task Csv_prefixes_formula_looking_text_with_a_quote_but_not_typed_numbers()
    {
        var bytes = await Write(new CsvTableWriter());
        var text = Encoding.UTF8.GetString(bytes);
        var table = (await ImportFiles.Read(bytes, "report.csv")).Value;

        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()), "a byte-order mark, so Excel reads UTF-8");
        Assert.That(text, Does.StartWith("\uFEFFClass,Name,Entries,Fee,Date,Open\r\n"));
        Assert.That(text, Does.Contain("2105,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",12,"));
        Assert.That(text, Does.Contain("2106A,'+1 trick,-3,").And.Contain("2107,'-2+3,0,").And.Contain("2108,'@SUM(A1:A2),1,")
            .And.Contain("2109,\"'\tTabbed, \"\"quoted\"\"\nand two lines\",1,"));
        Assert.That(table.Rows.Select(r => r.Cells[1]), Is.EqualTo(Report.Rows.Select(r => (string)r[1]!)),
            "reading Festival's own CSV back drops the guard quote, so a rejected-rows file imports again as typed");
        Assert.That(table.Rows[0].Cells.Skip(2), Is.EqualTo(new[] { "12", "25.50", "2027-03-01", "TRUE" }));
        Assert.That(table.Rows[1].Cells.Skip(2), Is.EqualTo(new[] { "-3", "0.1", "", "FALSE" }));
    }

    [Test]
    public async Task Xlsx_holds_every_text_as_an_inline_string_and_no_formula_and_reads_back_as_written()
    {
        var bytes = await Write(new XlsxTableWriter());

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.WorksheetParts.Single().Worksheet;
            var cells = sheet.Descendants<Cell>().ToList();
            Assert.That(sheet.Descendants<CellFormula>(), Is.Empty);
            Assert.That(workbook.Workbook.Descendants<Sheet>().Single().Name!.Value, Is.EqualTo("Classes 2027Spring"));
            var hyperlink = cells.Single(c => c.InnerText.Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.That(hyperlink.DataType!.Value, Is.EqualTo(CellValues.InlineString));
            Assert.That(hyperlink.InlineString!.Text!.Text, Is.EqualTo("=HYPERLINK(\"http://evil.example\",\"click\")"));
        }

        var table = (await ImportFiles.Read(bytes, "report.xlsx")).Value;
        Assert.That(table.Headers, Is.EqualTo(Report.Headers));
        Assert.That(table.Rows.Select(r => r.Cells[1]), Is.EqualTo(Report.Rows.Select(r => (string)r[1]!)));
        Assert.That(table.Rows[0].Cells.Skip(2), Is.EqualTo(new[] { "12", "25.5", "2027-03-01", "TRUE" }));
        Assert.That(table.Rows[1].Cells.Skip(2), Is.EqualTo(new[] { "-3", "0.1", "", "FALSE" }));
    }

    [Test]
    public async Task Xlsx_replaces_characters_XML_cannot_hold_instead_of_failing()
    {
        var table = new ReportTable("R", ["Name"], [["Bell\u0007 and tab\tkept"]]);
        using var stream = new MemoryStream();

        await new XlsxTableWriter().WriteAsync(table, stream, CancellationToken.None);

        Assert.That((await ImportFiles.Read(stream.ToArray(), "r.xlsx")).Value.Rows[0].Cells[0], Is.EqualTo("Bell\uFFFD and tab\tkept"));
    }
}
