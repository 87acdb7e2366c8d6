namespace Festival.Domain.Imports;

/// <summary>
/// A file uploaded for import, kept between its preview and its commit so the commit plans from exactly the bytes that
/// were previewed. <see cref="Fingerprint"/> is the previewed plan's; <see cref="CommittedAt"/> makes a second commit a no-op.
/// </summary>
public sealed class ImportUpload
{
    public const int MaxFileNameLength = 260;

    private ImportUpload()
    {
        Content = [];
    }

    public ImportUpload(Guid id, string kind, int seasonId, string fileName, byte[] content, string? uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = id;
        Kind = kind;
        SeasonId = seasonId;
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        Content = content;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public int SeasonId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public byte[] Content { get; private set; }

    public string? UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    public void MarkCommitted(DateTimeOffset at) => CommittedAt = at;
}
