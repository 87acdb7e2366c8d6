namespace Festival.Domain.Accounts;

/// <summary>Limits on what an account may hold, shared by validation and the database schema.</summary>
public static class AccountRules
{
    /// <summary>RFC 5321 caps a forward path at 254 characters.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Checked before hashing, so a huge password cannot burn CPU.</summary>
    public const int MaxPasswordLength = 256;

    public const int MaxDisplayNameLength = 100;

    public const int MaxRoleNameLength = 64;

    public const int MaxPhoneLength = 32;

    public const int MaxSchoolLength = 100;
}
