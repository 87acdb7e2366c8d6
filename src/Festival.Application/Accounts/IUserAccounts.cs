namespace Festival.Application.Accounts;

/// <summary>The login side of an account (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Checks a new password against the configured password policy. Pure: no database.</summary>
    Task<IReadOnlyList<Error>> ValidatePasswordAsync(string password, CancellationToken cancellationToken);

    /// <summary>The slow part of registering (a deliberately costly hash); call it outside any transaction.</summary>
    string HashPassword(string password);

    /// <summary>Stores a new account. Fails with <see cref="AccountErrors.EmailTaken"/> when the email is in use in any letter case.</summary>
    Task<Result<string>> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="password"/> is the account's password. Slow by design; call it outside transactions.</summary>
    Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken);

    /// <summary>Stores a new password hash and renews the security stamp, which ends the account's other sessions.</summary>
    Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken);

    Task<AccountSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<AccountSummary?> FindByIdAsync(string userId, CancellationToken cancellationToken);

    Task<PagedList<AccountSummary>> ListAsync(string? emailContains, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string PasswordHash, DateTimeOffset RegisteredAt);

public sealed record AccountSummary(string Id, string Email, DateTimeOffset RegisteredAt, IReadOnlyList<string> Roles);
