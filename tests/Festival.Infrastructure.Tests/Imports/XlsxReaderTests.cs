using System.IO.Compression;
using System.Text;
using Festival.Application.Imports;

namespace Festival.Infrastructure.Tests.Imports;

public sealed class XlsxReaderTests
{
    private static Dictionary<string, object> Cells(params (string Column, object Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value);

    [Test]
    public async Task The_first_sheet_is_read_with_strings_numbers_dates_times_and_gaps_by_column()
    {
        var bytes = XlsxFiles.Workbook(new Dictionary<uint, IReadOnlyDictionary<string, object>>
        {
            [1] = Cells(("A", "Class"), ("B", "inline:Participants"), ("C", "Birthdates"), ("D", "Duration"), ("E", "Fee"), ("F", "Paid")),
            [2] = Cells(("A", 2105d), ("B", "Smith, Anna"), ("C", (42125d, XlsxFiles.DateStyle)), ("D", (3.5 / 1440, XlsxFiles.TimeStyle)), ("E", 12.5), ("F", true)),
            [4] = Cells(("A", "2105A"), ("C", (42126d, XlsxFiles.CustomDateStyle)), ("E", 30d)),
        });

        var table = (await ImportFiles.Read(bytes, "entries.xlsx")).Value;

        Assert.That(table.Format, Is.EqualTo(ImportFormat.Xlsx));
        Assert.That(table.Headers, Is.EqualTo(new[] { "Class", "Participants", "Birthdates", "Duration", "Fee", "Paid" }));
        Assert.That(ImportFiles.Cells(table), Is.EqualTo(new[]
        {
            new[] { "2105", "Smith, Anna", "2015-05-01", "0:03:30", "12.5", "TRUE" },
            new[] { "2105A", "", "2015-05-02", "", "30", "" },
        }));
        Assert.That(table.Rows.Select(r => r.Number), Is.EqualTo(new[] { 2, 4 }));
    }

    [Test]
    public async Task A_sheet_with_a_million_rows_is_refused_at_the_row_limit_without_unpacking_the_rest()
    {
        var bytes = XlsxFiles.Raw(sheet =>
        {
            sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>Class</t></is></c></row>""");
            for (var r = 2; r <= 1_000_001; r++)
            {
                sheet.Write($"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>""");
            }
        });
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var result = await ImportFiles.Read(bytes, "million.xlsx");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_too_many_rows"));
        Assert.That(result.Errors.Single().Message, Does.Contain("more than 50,000 rows"));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocated, Is.LessThan(200L * 1024 * 1024),
            "reading stops at the limit instead of unpacking a million rows");
    }

    [Test]
    public async Task A_zip_bomb_is_refused_from_its_compression_ratio_before_it_is_unpacked()
    {
        var bytes = XlsxFiles.Raw(sheet => sheet.Write(new string(' ', 30 * 1024 * 1024)), CompressionLevel.SmallestSize);

        var result = await ImportFiles.Read(bytes, "bomb.xlsx");

        Assert.That(bytes, Has.Length.LessThan(200 * 1024));
        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_zip_bomb"));
    }

    [Test]
    public async Task A_workbook_that_unpacks_beyond_the_configured_total_is_refused()
    {
        var bytes = XlsxFiles.Raw(sheet =>
        {
            var random = new Random(3);
            sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>Class</t></is></c></row>""");
            for (var r = 2; r < 40_000; r++)
            {
                sheet.Write($"""<row r="{r}"><c r="A{r}"><v>{random.Next()}</v></c></row>""");
            }
        });

        var result = await ImportFiles.Read(bytes, "big.xlsx", new ImportOptions { MaxUncompressedBytes = 512 * 1024 });

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_zip_bomb"));
    }

    [Test]
    public async Task A_row_reaching_beyond_the_column_limit_is_refused() =>
        Assert.That((await ImportFiles.Read(XlsxFiles.Raw(sheet => sheet.Write("""<row r="1"><c r="A1"><v>1</v></c><c r="ZZ1"><v>2</v></c></row>""")), "wide.xlsx"))
            .Errors.Single().Code, Is.EqualTo("import_too_many_columns"));

    [Test]
    public async Task A_zip_that_is_not_a_workbook_is_refused_as_not_a_csv_xlsx_or_pdf()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("word/document.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<document/>"));
        }

        var result = await ImportFiles.Read(stream.ToArray(), "letter.docx");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_unknown_format"));
    }

    [Test]
    public async Task A_damaged_workbook_is_refused_as_unreadable()
    {
        var bytes = Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip file at all, only its first four bytes");

        var result = await ImportFiles.Read(bytes, "broken.xlsx");

        Assert.That(result.Errors.Single().Message, Is.EqualTo("broken.xlsx could not be read: the workbook is damaged or is not an Excel workbook."));
    }
}
