namespace Festival.Domain.Profiles;

/// <summary>
/// What the festival knows about a person, kept apart from the login that signs them in.
/// Every account has exactly one primary profile; later a parent or teacher may hold more
/// (one per child or pupil they enter).
/// </summary>
public sealed class Profile
{
    private Profile()
    {
        Email = string.Empty;
    }

    public Profile(Guid id, string userId, string email, string? displayName, bool isPrimary, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Id = id;
        UserId = userId;
        Email = email;
        DisplayName = displayName;
        IsPrimary = isPrimary;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The account this profile belongs to.</summary>
    public string UserId { get; private set; } = string.Empty;

    public string Email { get; private set; }

    public string? DisplayName { get; private set; }

    public bool IsPrimary { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A number the festival office can call about entries and the schedule.</summary>
    public string? Phone { get; private set; }

    /// <summary>The school, studio or ensemble the person enters with.</summary>
    public string? School { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Replaces the editable details; true when anything changed.</summary>
    public bool Update(string? displayName, string? phone, string? school, DateTimeOffset at)
    {
        if (displayName == DisplayName && phone == Phone && school == School)
        {
            return false;
        }

        DisplayName = displayName;
        Phone = phone;
        School = school;
        UpdatedAt = at;
        return true;
    }

    public static Profile CreatePrimary(string userId, string email, string? displayName, DateTimeOffset createdAt) =>
        new(Guid.NewGuid(), userId, email, displayName, isPrimary: true, createdAt);
}
