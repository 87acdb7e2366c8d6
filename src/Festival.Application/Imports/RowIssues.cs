namespace Festival.Application.Imports;

/// <summary>Collects the issues of one row while it is planned.</summary>
public sealed class RowIssues(ImportRow row, List<ImportIssue> all)
{
    public bool HasErrors { get; private set; }

    public void Error(string? column, string value, string message)
    {
        HasErrors = true;
        all.Add(new ImportIssue(row.Number, row.Location, column, value, message, IssueSeverity.Error));
    }

    public void Warning(string? column, string value, string message) =>
        all.Add(new ImportIssue(row.Number, row.Location, column, value, message, IssueSeverity.Warning));

    /// <summary>The value of <paramref name="result"/>, or default after recording its errors against <paramref name="value"/>.</summary>
    public T? Read<T>(Result<T> result, string value)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return result.Value;
        }

        foreach (var error in result.Errors)
        {
            Error(error.Field, value, error.Message);
        }

        return default;
    }
}
