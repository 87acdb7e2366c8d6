using System.Text;
using Festival.Application.Imports;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Imports;

/// <summary>
/// Reads an upload into a table, deciding from its first bytes (not its name) whether it is a PDF, an XLSX (a zip) or
/// text, and refusing anything else. The file is copied into memory up to <see cref="ImportOptions.MaxBytes"/>; one byte
/// more and it is refused without reading the rest.
/// </summary>
internal sealed class TabularFileReader(IOptions<ImportOptions> options) : ITabularFileReader
{
    public async Task<Result<ImportTable>> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        var name = string.IsNullOrWhiteSpace(fileName) ? "The file" : Path.GetFileName(fileName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                return ImportErrors.TooLarge(name, limits.MaxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return Sniff(bytes) switch
        {
            Sniffed.Empty => ImportErrors.Empty(name),
            Sniffed.Pdf => new PdfSyllabusReader(limits).Read(bytes, name),
            Sniffed.Zip => new XlsxTableReader(limits).Read(bytes, name),
            Sniffed.Text => new CsvTableReader(limits).Read(bytes, name),
            _ => ImportErrors.UnknownFormat(name),
        };
    }

    private enum Sniffed
    {
        Empty,
        Pdf,
        Zip,
        Text,
        Other,
    }

    private static Sniffed Sniff(ArraySegment<byte> bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Sniffed.Empty;
        }

        if (span.StartsWith("%PDF-"u8))
        {
            return Sniffed.Pdf;
        }

        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            return Sniffed.Zip;
        }

        return LooksLikeText(span[..Math.Min(span.Length, 64 * 1024)]) ? Sniffed.Text : Sniffed.Other;
    }

    /// <summary>
    /// Text has no control characters besides tab and line breaks. Non-UTF-8 text passes here, and the CSV reader then
    /// says it is not UTF-8; binary data almost always holds control bytes in its first 64 KB.
    /// </summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                controls++;
            }
        }

        // A stray control character can hide in an export; binary data is full of them.
        return controls <= head.Length / 1000;
    }
}
