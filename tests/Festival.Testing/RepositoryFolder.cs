namespace Festival.Testing;

/// <summary>Where the repository is, for tests that read its shipped files (settings, samples) or write screenshots into it.</summary>
public static class RepositoryFolder
{
    /// <summary>The folder holding Festival.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
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
