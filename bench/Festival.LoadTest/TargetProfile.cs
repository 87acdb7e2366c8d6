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

    /// <summary>
    /// The template's Identity UI: no display name. Its signed-in page is the account page (/Identity/Account/Manage),
    /// the one page of the template that needs a signed-in user, as /Dashboard does in Festival: it reads the user
    /// (one query) and renders the account layout.
    /// </summary>
    public static readonly TargetProfile IdentityTemplate = new(
        "identity-template",
        "/",
        "/Identity/Account/Register",
        (email, password, _) =>
        [
            new("Input.Email", email), new("Input.Password", password), new("Input.ConfirmPassword", password),
        ],
        ".AspNetCore.Identity.Application",
        "/Identity/Account/Manage",
        "<h1>Manage your account</h1>");

    public static readonly IReadOnlyList<TargetProfile> All = [Festival, IdentityTemplate];

    public static TargetProfile Named(string name) =>
        All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException(
            $"--target must be one of {string.Join(", ", All.Select(p => p.Name))}");
}
