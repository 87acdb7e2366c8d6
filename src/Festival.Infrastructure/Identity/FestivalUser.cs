using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary>The login. What the festival knows about the person lives in their <see cref="Domain.Profiles.Profile"/>.</summary>
public sealed class FestivalUser : IdentityUser
{
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Set while the account is deactivated: it cannot sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public DateTimeOffset? PreviousSignInAt { get; set; }

    public int SignInCount { get; set; }

    [System.ComponentModel.DataAnnotations.MaxLength(45)]
    public string? LastSignInIp { get; set; }

    /// <summary>The authenticator time step of the last accepted code: a code is accepted once, in a later step only.</summary>
    public long? LastTotpTimeStep { get; set; }
}
