using System.Text;
using Festival.Application.Reports;

namespace Festival.Infrastructure.Reports;

/// <summary>
/// Writes a report as RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line ends.
/// A text cell that a spreadsheet would run as a formula gets a leading single quote, as OWASP advises; typed numbers
/// are written as they are (a negative number is not text).
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public TableFormat Format => TableFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => ".csv";

    public async Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(table.Headers));
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(row));
        }
    }

    private static string Line<T>(IReadOnlyList<T> cells) => string.Join(',', cells.Select(c => Field(c)));

    private static string Field(object? value)
    {
        var text = SpreadsheetText.Format(value);
        if (value is string && SpreadsheetText.LooksLikeFormula(text))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
