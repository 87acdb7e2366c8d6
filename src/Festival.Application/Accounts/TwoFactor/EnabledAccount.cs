namespace Festival.Application.Accounts.TwoFactor;

/// <summary>What every command on an account's second factor checks first: the account exists and has two-factor on.</summary>
internal static class EnabledAccount
{
    /// <summary>The account's status, or the error that refuses the command.</summary>
    public static async Task<(TwoFactorStatus? Status, Error? Refusal)> FindAsync(ITwoFactorAccounts accounts, string userId, CancellationToken cancellationToken)
    {
        var status = await accounts.GetStatusAsync(userId, cancellationToken);
        return status switch
        {
            null => (null, AccountErrors.UserNotFound(userId)),
            { Enabled: false } => (null, TwoFactorErrors.NotEnabled),
            _ => (status, null),
        };
    }
}
