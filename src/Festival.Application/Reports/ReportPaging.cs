namespace Festival.Application.Reports;

/// <summary>How report queries page: page numbers start at 1; a page size of <see cref="All"/> asks for every row (downloads).</summary>
public static class ReportPaging
{
    public const int All = 0;

    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    /// <summary>The page to skip to and the number of rows to take, both safe to hand to the database.</summary>
    public static (int Page, int Skip, int Take) Normalize(int page, int pageSize)
    {
        if (pageSize == All)
        {
            return (1, 0, int.MaxValue);
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var number = Math.Clamp(page, 1, int.MaxValue / size);
        return (number, (number - 1) * size, size);
    }
}
