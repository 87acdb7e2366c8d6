namespace Festival.Web.Security;

/// <summary><c>Festival:Security</c>: how sign-in's second factor behaves.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Festival:Security";

    /// <summary>How long "remember this browser" skips the second factor on that browser.</summary>
    public TimeSpan RememberBrowserFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Accounts holding any of these permissions must have a second factor before they reach the pages and endpoints
    /// that need them. Empty: no such rule.
    /// </summary>
    public string[] RequireTwoFactorForPermissions { get; set; } = [];

    public bool IsValid() =>
        RememberBrowserFor > TimeSpan.Zero && RequireTwoFactorForPermissions.All(p => !string.IsNullOrWhiteSpace(p));
}
