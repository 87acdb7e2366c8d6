namespace Festival.Application.Imports;

public enum IssueSeverity
{
    /// <summary>The row is skipped.</summary>
    Error,

    /// <summary>The row is imported; a person should look.</summary>
    Warning,
}

/// <summary>Something about one row: where (row number, or page and line for a PDF), which column and value, and why, in plain words.</summary>
public sealed record ImportIssue(int Row, string Location, string? Column, string Value, string Message, IssueSeverity Severity);
