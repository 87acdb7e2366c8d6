namespace Festival.Application.Accounts;

/// <summary>Roles, the permissions they carry, and who holds them.</summary>
public interface IRoles
{
    /// <summary>The role with its permissions and member count (a count over every member: not for hot paths).</summary>
    Task<RoleInfo?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>True when the role exists: one indexed lookup, whatever the number of members.</summary>
    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a role. When another writer creates the same role at the same moment, returns that one
    /// instead of failing, so concurrent first registrations neither duplicate nor break on it.
    /// </summary>
    Task<RoleInfo> CreateAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    /// <summary>Makes the role exist with exactly <paramref name="permissions"/> (start-up sync from configuration).</summary>
    Task EnsureAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken);

    /// <summary>Adds the user to the role; false when they already held it.</summary>
    Task<bool> AddMemberAsync(string userId, string roleName, CancellationToken cancellationToken);

    /// <summary>Removes the user from the role; false when they did not hold it.</summary>
    Task<bool> RemoveMemberAsync(string userId, string roleName, CancellationToken cancellationToken);

    /// <summary>How many active (not deactivated) accounts hold the role: those who can still act in it.</summary>
    Task<int> CountActiveMembersAsync(string roleName, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleInfo>> ListAsync(CancellationToken cancellationToken);
}

public sealed record RoleInfo(string Name, IReadOnlyList<string> Permissions, int MemberCount);
