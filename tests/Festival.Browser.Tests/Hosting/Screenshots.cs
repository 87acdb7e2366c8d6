namespace Festival.Browser.Tests.Hosting;

/// <summary>Screenshots of the main pages (the whole page unless it is too long to show), kept in the repository's <c>docs/screenshots</c> for the README.</summary>
public static class Screenshots
{
    public static string Folder { get; } = RepositoryFolder.PathOf("docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, name + ".png"),
            FullPage = fullPage,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }
}
