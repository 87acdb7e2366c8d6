namespace Festival.Application.Imports;

/// <summary>What a file turned out to be, judged from its content rather than its name.</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
    Pdf,
}
