using Festival.Domain.Accounts;

namespace Festival.Application.Accounts;

/// <summary>The <c>Festival</c> configuration section: the roles to ensure and the role every new account gets.</summary>
public sealed class FestivalOptions
{
    public const string Section = "Festival";

    /// <summary>Role name → the permissions it carries. Ensured at start-up.</summary>
    public Dictionary<string, string[]> Roles { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string DefaultRole { get; set; } = RoleNames.User;

    /// <summary>The permissions configured for <paramref name="role"/>, or none.</summary>
    public IReadOnlyList<string> PermissionsOf(string role) =>
        Roles.TryGetValue(role, out var permissions) ? permissions : [];
}
