using Festival.Application.Reports;

namespace Festival.Web.Reports;

/// <summary>A report table written as a file by the writer of its format: what the pages serve and the command line saves.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName)
{
    public static async Task<ReportFile> WriteAsync(
        IEnumerable<ITableWriter> writers, ReportTable table, TableFormat format, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writers);
        var writer = writers.Single(w => w.Format == format);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(table, buffer, cancellationToken);
        var safeName = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return new ReportFile(buffer.ToArray(), writer.ContentType, safeName + writer.Extension);
    }
}
