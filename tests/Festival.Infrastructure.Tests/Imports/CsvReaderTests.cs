using System.Text;
using Festival.Application.Imports;

namespace Festival.Infrastructure.Tests.Imports;

public sealed class CsvReaderTests
{
    [Test]
    public async Task A_comma_separated_file_with_a_byte_order_mark_reads_headers_and_rows_with_their_spreadsheet_numbers()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Class,Name,Fee\r\n2105,\"Piano Solo, Grade 5\",25\r\n\r\n2106A,Élodie's class,$30\r\n")).ToArray();

        var table = (await ImportFiles.Read(bytes)).Value;

        Assert.That(table.Format, Is.EqualTo(ImportFormat.Csv));
        Assert.That(table.Headers, Is.EqualTo(new[] { "Class", "Name", "Fee" }));
        Assert.That(ImportFiles.Cells(table), Is.EqualTo(new[] { new[] { "2105", "Piano Solo, Grade 5", "25" }, new[] { "2106A", "Élodie's class", "$30" } }));
        Assert.That(table.Rows.Select(r => r.Number), Is.EqualTo(new[] { 2, 4 }), "the blank line is row 3");
        Assert.That(table.Rows[1].Location, Is.EqualTo("row 4"));
    }

    [Test]
    public async Task A_semicolon_separated_file_without_a_byte_order_mark_is_detected()
    {
        var table = (await ImportFiles.Read("Class;Name;Fee\n2105;Piano, Grade 5;12,50\n")).Value;

        Assert.That(ImportFiles.Cells(table), Is.EqualTo(new[] { new[] { "2105", "Piano, Grade 5", "12,50" } }));
    }

    [Test]
    public async Task Quoted_cells_hold_line_breaks_delimiters_and_doubled_quotes_and_the_next_row_keeps_its_number()
    {
        var table = (await ImportFiles.Read("Class,Comments\n2105,\"Line one\nline \"\"two\"\", with comma\"\n2106,plain\n")).Value;

        Assert.That(table.Rows[0].Cells[1], Is.EqualTo("Line one\nline \"two\", with comma"));
        Assert.That(table.Rows.Select(r => r.Number), Is.EqualTo(new[] { 2, 3 }));
    }

    [Test]
    public async Task Short_rows_are_padded_and_the_last_row_needs_no_line_break()
    {
        var table = (await ImportFiles.Read("A,B,C\r1\r2,x,y")).Value;

        Assert.That(ImportFiles.Cells(table), Is.EqualTo(new[] { new[] { "1", "", "" }, new[] { "2", "x", "y" } }));
    }

    [Test]
    public async Task A_file_with_only_a_header_is_a_table_without_rows() =>
        Assert.That((await ImportFiles.Read("Class,Name\n")).Value.Rows, Is.Empty);

    [TestCase("")]
    [TestCase("\uFEFF \r\n ")]
    public async Task An_empty_file_is_refused(string text)
    {
        var result = await ImportFiles.Read(text, "entries.csv");

        Assert.That(result.Errors.Single().Message, Is.EqualTo("entries.csv is empty."));
    }

    [Test]
    public async Task Latin_1_text_is_refused_with_advice_to_save_as_UTF_8()
    {
        var result = await ImportFiles.Read(Encoding.Latin1.GetBytes("Class,Name\n2105,Élodie\n"));

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_not_utf8"));
        Assert.That(result.Errors.Single().Message, Does.Contain("CSV UTF-8"));
    }

    [Test]
    public async Task Binary_garbage_named_csv_is_refused_as_not_a_csv_xlsx_or_pdf()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[0] = (byte)'C';

        var result = await ImportFiles.Read(garbage, "entries.csv");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_unknown_format"));
        Assert.That(result.Errors.Single().Message, Does.StartWith("entries.csv is not a CSV, XLSX or PDF file."));
    }

    [Test]
    public async Task A_csv_with_ten_thousand_columns_is_refused()
    {
        var header = string.Join(',', Enumerable.Range(1, 10_000).Select(i => $"C{i}"));

        var result = await ImportFiles.Read(header + "\n" + header + "\n");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_too_many_columns"));
        Assert.That(result.Errors.Single().Message, Does.Contain("more than 200 columns"));
    }

    [Test]
    public async Task More_rows_than_the_limit_are_refused_without_reading_on()
    {
        var text = "Class\n" + string.Concat(Enumerable.Repeat("2105\n", 11));

        var result = await ImportFiles.Read(text, options: new ImportOptions { MaxRows = 10 });
        var atLimit = await ImportFiles.Read("Class\n" + string.Concat(Enumerable.Repeat("2105\n", 10)), options: new ImportOptions { MaxRows = 10 });

        Assert.That(result.Errors.Single().Message, Does.Contain("more than 10 rows"));
        Assert.That(atLimit.Value.Rows, Has.Count.EqualTo(10));
    }

    [Test]
    public async Task A_file_larger_than_the_configured_limit_is_refused()
    {
        var text = "Class,Name\n" + string.Concat(Enumerable.Repeat("2105,Piano\n", 200));

        var result = await ImportFiles.Read(text, "big.csv", new ImportOptions { MaxBytes = 1000 });

        Assert.That(result.Errors.Single().Message, Is.EqualTo("big.csv is larger than the limit of 1,000 bytes. Split it into smaller files."));
    }

    [Test]
    public async Task A_quote_that_is_never_closed_names_the_row_it_opened_on()
    {
        var result = await ImportFiles.Read("Class,Name\n2105,ok\n2106,\"never closed\n2107,x\n");

        Assert.That(result.Errors.Single().Message, Does.Contain("starting on row 3"));
    }
}
