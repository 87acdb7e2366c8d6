namespace Festival.Application.Audit;

/// <summary>The stored names of audit event types. Stored, so never renamed; new kinds are new names.</summary>
public static class AuditEventTypes
{
    public const string UserRegistered = "UserRegistered";
    public const string RoleGranted = "RoleGranted";
    public const string RoleRevoked = "RoleRevoked";
    public const string ProfileUpdated = "ProfileUpdated";
    public const string PasswordChanged = "PasswordChanged";

    /// <summary>Every type above, for filters and pickers. A new type is added here too.</summary>
    public static IReadOnlyList<string> All { get; } = [UserRegistered, RoleGranted, RoleRevoked, ProfileUpdated, PasswordChanged];
}
