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
}
