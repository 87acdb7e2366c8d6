namespace Festival.Browser.Tests.Hosting;

/// <summary>Full-page screenshots of the main pages, kept in the repository's <c>docs/screenshots</c> for the README.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "docs", "screenshots");

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

    /// <summary>The folder holding Festival.sln, found by walking up from the test assembly.</summary>
    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Festival.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Festival.sln.");
    }
}
