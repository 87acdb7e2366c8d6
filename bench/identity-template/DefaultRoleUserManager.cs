// Added to the stock `dotnet new webapp --auth Individual` app by bench/compare-template.sh: the smallest change that
// gives every new account a default role, as Festival does. The Identity UI's Register page calls
// UserManager.CreateAsync(user, password); this subclass adds the new user to the role right after.
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace StockIdentity;

public sealed class DefaultRoleUserManager(
    IUserStore<IdentityUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<IdentityUser> passwordHasher,
    IEnumerable<IUserValidator<IdentityUser>> userValidators,
    IEnumerable<IPasswordValidator<IdentityUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<IdentityUser>> logger)
    : UserManager<IdentityUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public const string DefaultRole = "User";

    public override async Task<IdentityResult> CreateAsync(IdentityUser user, string password)
    {
        var created = await base.CreateAsync(user, password);
        return created.Succeeded ? await AddToRoleAsync(user, DefaultRole) : created;
    }
}
