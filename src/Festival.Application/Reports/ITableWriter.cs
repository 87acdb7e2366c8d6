namespace Festival.Application.Reports;

/// <summary>Writes a <see cref="ReportTable"/> as a file. One implementation per <see cref="TableFormat"/>; pick by <see cref="Format"/>.</summary>
public interface ITableWriter
{
    TableFormat Format { get; }

    /// <summary>The media type to serve the file with.</summary>
    string ContentType { get; }

    /// <summary>The file name extension, with its dot.</summary>
    string Extension { get; }

    Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken);
}
