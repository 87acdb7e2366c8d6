using Festival.Application.Accounts;

namespace Festival.Application.Profiles.Update;

internal sealed class UpdateProfileHandler(IProfiles profiles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<UpdateProfileCommand, Result>
{
    public async Task<Result> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindPrimaryAsync(request.UserId, cancellationToken);
        if (profile is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        var before = (profile.DisplayName, profile.Phone, profile.School);
        var at = clock.GetUtcNow();
        if (!profile.Update(
                AccountInput.NormalizeText(request.DisplayName),
                AccountInput.NormalizeText(request.Phone),
                AccountInput.NormalizeText(request.School),
                at))
        {
            return Result.Success();
        }

        await profiles.SaveAsync(profile, cancellationToken);
        string[] changed =
        [
            .. before.DisplayName != profile.DisplayName ? ["DisplayName"] : Array.Empty<string>(),
            .. before.Phone != profile.Phone ? ["Phone"] : Array.Empty<string>(),
            .. before.School != profile.School ? ["School"] : Array.Empty<string>(),
        ];
        await mediator.Publish(new ProfileUpdatedNotification(profile.UserId, profile.Email, changed, at), cancellationToken);
        return Result.Success();
    }
}
