using Festival.Application.Common;
using Festival.Application.Reports;
using Festival.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin;

/// <summary>
/// What the report pages share: the season asked for (<c>?season=</c>, else the current one), the page number (<c>?p=</c>),
/// the message shown when the report cannot be made, URLs that keep the query but change one value, and the download handler.
/// </summary>
/// <typeparam name="TSort">The report's columns to sort by (<c>?sort=</c>, <c>?desc=true</c>).</typeparam>
public abstract class ReportPageModel<TSort>(IEnumerable<ITableWriter> writers) : PageModel
    where TSort : struct, Enum
{
    [BindProperty(SupportsGet = true)]
    public TSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    /// <summary>The page number (<c>page</c> is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    /// <summary>Why there is no report (no current season, an unknown one), or null.</summary>
    public string? Problem { get; protected set; }

    /// <summary>This page's URL with the current query, <paramref name="changes"/> applied (a null value removes the key).</summary>
    public string UrlWith(params (string Key, object? Value)[] changes)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        query.Remove("handler");
        foreach (var (key, value) in changes)
        {
            query[key] = value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    /// <summary>A column header's link: sorts by that column, ascending first, and flips the order when it is already the sort.</summary>
    public string SortUrl(TSort column) => UrlWith(("sort", column), ("desc", column.Equals(Sort) && !Desc), ("p", null));

    /// <summary>The download links: this page's query with <c>handler=Download</c> and each format.</summary>
    public IReadOnlyDictionary<string, string> Downloads() => new Dictionary<string, string>
    {
        ["csv"] = UrlWith(("p", null), ("handler", "Download"), ("format", nameof(TableFormat.Csv))),
        ["xlsx"] = UrlWith(("p", null), ("handler", "Download"), ("format", nameof(TableFormat.Xlsx))),
    };

    protected T? Read<T>(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return result.Value;
        }

        Problem = string.Join(" ", result.Errors.Select(e => e.Message));
        return default;
    }

    protected async Task<IActionResult> DownloadAsync<T>(Result<T> result, Func<T, ReportTable> table, TableFormat format, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(table);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        var file = await ReportFile.WriteAsync(writers, table(result.Value), format, name, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
