using Festival.Domain.Profiles;

namespace Festival.Application.Profiles;

/// <summary>A user's primary profile, or null for an unknown user.</summary>
public sealed record GetPrimaryProfileQuery(string UserId) : IRequest<Profile?>;

internal sealed class GetPrimaryProfileHandler(IProfiles profiles) : IRequestHandler<GetPrimaryProfileQuery, Profile?>
{
    public Task<Profile?> Handle(GetPrimaryProfileQuery request, CancellationToken cancellationToken) =>
        profiles.FindPrimaryAsync(request.UserId, cancellationToken);
}
