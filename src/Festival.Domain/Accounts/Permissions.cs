namespace Festival.Domain.Accounts;

/// <summary>
/// Permission names. Roles carry them as claims of type <see cref="ClaimType"/>;
/// pages and endpoints ask for permissions, never for role names.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "permission";

    public const string Admin = "admin";
    public const string UserRead = "user_read";
    public const string UserWrite = "user_write";

    /// <summary>Runs the festival: seasons, the syllabus, people, entries, imports and reports (pages under /Admin/Festival... and /api/admin/festival).</summary>
    public const string FestivalAdmin = "festival_admin";

    /// <summary>Adjudicates: opens one's own sessions under /Adjudicate, saves marks and comments, submits a session.</summary>
    public const string Adjudicate = "adjudicate";
}
