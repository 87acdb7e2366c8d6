namespace Festival.Browser.Tests.Hosting;

/// <summary>Full-page screenshots of the main pages, kept in the repository's <c>docs/screenshots</c> for the README.</summary>
public static class Screenshots
{
    public static string Folder { get; } = RepositoryFolder.PathOf("docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, name + ".png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }
}
