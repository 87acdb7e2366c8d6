using System.Diagnostics;

namespace Festival.Browser.Tests.Hosting;

/// <summary>
/// The browser the tests drive: Debian's Chromium at <see cref="DefaultPath"/>, or the executable named by
/// <see cref="OverrideVariable"/>. Playwright's own browser download is never used.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public const string OverrideVariable = "FESTIVAL_CHROMIUM";

    public const string InstallCommand = "sudo apt-get install -y chromium";

    /// <summary>Headless, offline, quiet: no GPU, no sandbox (containers), no calls home.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Decides where Chromium is, or what to tell the person running the tests when it is missing.</summary>
    public static ChromiumLookup Find(string? overridePath, bool isCi, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(fileExists);
        var overridden = !string.IsNullOrWhiteSpace(overridePath);
        var path = overridden ? overridePath! : DefaultPath;
        if (fileExists(path))
        {
            return new ChromiumLookup(path, Problem: null, FailsTheRun: false);
        }

        var problem = overridden
            ? $"The browser tests need Chromium, but {OverrideVariable}={path} does not exist. Point {OverrideVariable} at a Chromium executable, or unset it and install Chromium at {DefaultPath}: {InstallCommand}"
            : $"The browser tests need Chromium at {DefaultPath}. Install it: {InstallCommand} (Debian/Ubuntu; ./test.sh does this when run as root), or set {OverrideVariable} to a Chromium executable.";
        if (isCi)
        {
            problem += " (CI=true: browser tests fail instead of being skipped.)";
        }

        return new ChromiumLookup(Path: null, problem, FailsTheRun: isCi);
    }

    /// <summary>True for <c>CI=true</c> (any case) or <c>CI=1</c>, as CI services set it.</summary>
    public static bool IsCi(string? ci) =>
        string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(ci, "1", StringComparison.Ordinal);

    /// <summary>
    /// The Chromium executable; when there is none, fails the calling test in CI and ignores it elsewhere,
    /// saying exactly what to install.
    /// </summary>
    public static string Require()
    {
        var lookup = Find(Environment.GetEnvironmentVariable(OverrideVariable), IsCi(Environment.GetEnvironmentVariable("CI")), File.Exists);
        if (lookup.Path is { } path)
        {
            return path;
        }

        var problem = lookup.Problem ?? "Chromium is missing.";
        if (lookup.FailsTheRun)
        {
            Assert.Fail(problem);
        }

        Assert.Ignore(problem);
        throw new UnreachableException();
    }
}

/// <summary>Where Chromium is (<see cref="Path"/>), or why the browser tests cannot run and whether that fails the run.</summary>
public sealed record ChromiumLookup(string? Path, string? Problem, bool FailsTheRun);
