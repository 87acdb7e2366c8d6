namespace Festival.Application.Accounts;

/// <summary>The <c>Festival:Accounts</c> section: how accounts are confirmed and recovered.</summary>
public sealed class AccountOptions
{
    public const string Section = "Festival:Accounts";

    /// <summary>When on, an account must confirm its email before it can sign in. Off by default, as in the original app.</summary>
    public bool RequireConfirmedEmail { get; set; }

    /// <summary>How long a confirm-email or reset-password link works. Each link also works only once.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(3);

    /// <summary>The site's address as people reach it, for links in emails.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5226");
}
