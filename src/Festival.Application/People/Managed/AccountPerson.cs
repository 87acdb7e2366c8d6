using Festival.Application.Accounts;
using Festival.Application.Profiles;
using Festival.Domain.People;

namespace Festival.Application.People.Managed;

public static class AccountPerson
{
    /// <summary>The person an account is, made from its profile the first time the account needs one.</summary>
    public static async Task<Result<Person>> EnsureAccountPersonAsync(
        this IPeople people, IProfiles profiles, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(profiles);
        if (await people.FindByUserAsync(userId, cancellationToken) is { } existing)
        {
            return Result<Person>.Success(existing);
        }

        if (await profiles.FindPrimaryAsync(userId, cancellationToken) is not { } profile)
        {
            return AccountErrors.UserNotFound(userId);
        }

        var codes = await people.NewProfileCodesAsync(1, cancellationToken);
        var self = new Person(profile.DisplayName ?? profile.Email, PersonRoles.None, codes[0], now);
        self.Complete(profile.Email, profile.Phone, null, null, now);
        self.LinkAccount(userId, now);
        await people.AddAsync(self, cancellationToken);
        return Result<Person>.Success(self);
    }
}
