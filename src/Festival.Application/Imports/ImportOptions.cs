namespace Festival.Application.Imports;

/// <summary>The <c>Festival:Imports</c> section: how large an imported file may be.</summary>
public sealed class ImportOptions
{
    public const string Section = "Festival:Imports";

    /// <summary>The largest file accepted, in bytes (50 MB by default).</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The most data rows read from one file; a longer file is refused rather than read.</summary>
    public int MaxRows { get; set; } = 50_000;

    /// <summary>The most columns a file may have.</summary>
    public int MaxColumns { get; set; } = 200;

    /// <summary>The most bytes an XLSX may unpack to in all; guards against zip bombs.</summary>
    public long MaxUncompressedBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>The highest compression ratio accepted for any part of an XLSX (real spreadsheets stay well under 100).</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    public bool IsValid() =>
        MaxBytes > 0 && MaxRows > 0 && MaxColumns > 0 && MaxUncompressedBytes > 0 && MaxCompressionRatio > 1;
}
