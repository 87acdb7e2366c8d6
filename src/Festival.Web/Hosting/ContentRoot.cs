namespace Festival.Web.Hosting;

/// <summary>
/// Where Festival reads <c>appsettings.json</c> and resolves relative paths. ASP.NET Core takes the current directory,
/// so <c>dotnet /srv/festival/Festival.Web.dll</c> started elsewhere would run without its configuration (no roles, no
/// database settings). Festival uses the current directory when it holds <c>appsettings.json</c>, an explicit
/// <c>--contentRoot</c> (or <c>ASPNETCORE_CONTENTROOT</c>) when given, and otherwise its own folder; when neither
/// has one it refuses to start.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>
    /// The content root to use: <c>null</c> keeps ASP.NET Core's choice (explicit, or the current directory), a path
    /// overrides it, and an error says which folders were searched.
    /// </summary>
    public static (string? Path, string? Error) Choose(string[] args, string currentDirectory, string appDirectory)
    {
        var host = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        if (!string.IsNullOrEmpty(host[HostDefaults.ContentRootKey]) || HasSettings(currentDirectory))
        {
            return (null, null);
        }

        return HasSettings(appDirectory)
            ? (appDirectory, null)
            : (null, $"Festival cannot start: there is no {SettingsFile} in the current directory ({currentDirectory}) nor in the app's folder " +
                $"({appDirectory}). Start it from its publish folder, or pass --contentRoot with the folder that holds {SettingsFile}.");
    }

    private static bool HasSettings(string folder) => File.Exists(System.IO.Path.Combine(folder, SettingsFile));
}
