namespace Festival.Application.Accounts;

/// <summary>What every command that sets a password (change, reset, operator set) does the same way.</summary>
internal static class NewPassword
{
    /// <summary>The policy's errors, reported against the form's <c>NewPassword</c> field.</summary>
    public static async Task<IReadOnlyList<Error>> ValidateAsync(IUserAccounts accounts, string? password, CancellationToken cancellationToken) =>
        (await AccountInput.CheckNewPasswordAsync(accounts, password, cancellationToken)).Select(e => e with { Field = "NewPassword" }).ToArray();

    /// <summary>
    /// Hashes first, outside any transaction (the hash is the slow part), then stores it and announces
    /// <paramref name="changed"/> in one transaction. Storing renews the security stamp: other sessions end.
    /// </summary>
    public static async Task<Result> StoreAsync(
        IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, string userId, string password, INotification changed, CancellationToken cancellationToken)
    {
        var hash = accounts.HashPassword(password);
        return await unitOfWork.InTransactionAsync(async () =>
        {
            await accounts.SetPasswordHashAsync(userId, hash, cancellationToken);
            await mediator.Publish(changed, cancellationToken);
            return Result.Success();
        }, cancellationToken);
    }
}
