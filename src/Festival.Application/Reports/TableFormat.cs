namespace Festival.Application.Reports;

/// <summary>The file formats a report table downloads as.</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}
