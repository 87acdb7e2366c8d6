using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary>The login. What the festival knows about the person lives in their <see cref="Domain.Profiles.Profile"/>.</summary>
public sealed class FestivalUser : IdentityUser
{
    public DateTimeOffset RegisteredAt { get; set; }
}
