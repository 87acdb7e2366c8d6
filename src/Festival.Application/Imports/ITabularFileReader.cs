namespace Festival.Application.Imports;

/// <summary>
/// Reads an uploaded file (CSV, XLSX or a syllabus PDF, recognised by content) into an <see cref="ImportTable"/>,
/// within the limits of <see cref="ImportOptions"/>. A file that cannot be read is a failed result with a message
/// for the person who uploaded it, never an exception.
/// </summary>
public interface ITabularFileReader
{
    /// <param name="content">The file's bytes; read once, need not be seekable.</param>
    /// <param name="fileName">The name it was uploaded under, used only in messages.</param>
    Task<Result<ImportTable>> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken);
}
