namespace Festival.Domain.Accounts;

/// <summary>The roles Festival ships with. More can be configured or created from the command line.</summary>
public static class RoleNames
{
    public const string Admin = "Admin";
    public const string User = "User";
}
