namespace Festival.LoadTest;

/// <summary>
/// What the driver needs to know about an app to register through its form and use a signed-in page: Festival, or the
/// stock ASP.NET Core Identity template (<c>dotnet new webapp --auth Individual</c>) it is compared with.
/// </summary>
internal sealed record TargetProfile(
    string Name,
    string HealthPath,
    string RegisterPath,
    Func<string, string, int, IReadOnlyList<KeyValuePair<string, string>>> RegisterFields,
    string AuthCookie,
    string SignedInPath,
    string SignedInMarker)
{
    public static readonly TargetProfile Festival = new(
        "festival",
        "/health",
        "/Account/Register",
        (email, password, i) =>
        [
            new("Input.Email", email), new("Input.Password", password), new("Input.ConfirmPassword", password),
            new("Input.DisplayName", $"Load user {i}"),
        ],
        "Festival.Auth",
        "/Dashboard",
        "<h1>Dashboard</h1>");

    /// <summary>The template's Identity UI: no display name, and its signed-in home page greets the user in the layout.</summary>
    public static readonly TargetProfile IdentityTemplate = new(
        "identity-template",
        "/",
        "/Identity/Account/Register",
        (email, password, _) =>
        [
            new("Input.Email", email), new("Input.Password", password), new("Input.ConfirmPassword", password),
        ],
        ".AspNetCore.Identity.Application",
        "/",
        "href=\"/Identity/Account/Manage\">Hello ");

    public static readonly IReadOnlyList<TargetProfile> All = [Festival, IdentityTemplate];

    public static TargetProfile Named(string name) =>
        All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException(
            $"--target must be one of {string.Join(", ", All.Select(p => p.Name))}");
}
