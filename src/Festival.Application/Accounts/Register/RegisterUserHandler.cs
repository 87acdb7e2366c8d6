namespace Festival.Application.Accounts.Register;

/// <summary>
/// Hashes the password first, then — in one transaction — stores the account and publishes
/// <see cref="UserRegisteredNotification"/>, so the account and every reaction commit together or not at all.
/// </summary>
/// <remarks>
/// Not an <see cref="ITransactionalRequest"/>: the hash takes tens of milliseconds of CPU, and SQLite holds its
/// write lock for a whole transaction, so hashing inside it would queue every other registration behind it.
/// </remarks>
internal sealed class RegisterUserHandler(IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RegisterUserCommand, Result<string>>
{
    public async Task<Result<string>> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        var email = AccountInput.NormalizeEmail(request.Email);
        var displayName = AccountInput.NormalizeText(request.DisplayName);
        var passwordHash = accounts.HashPassword(request.Password);
        var registeredAt = clock.GetUtcNow();

        return await unitOfWork.InTransactionAsync(async () =>
        {
            var created = await accounts.CreateAsync(new NewAccount(email, passwordHash, registeredAt), cancellationToken);
            if (created.Succeeded)
            {
                await mediator.Publish(new UserRegisteredNotification(created.Value, email, displayName, registeredAt), cancellationToken);
            }

            return created;
        }, cancellationToken);
    }
}
