namespace Festival.Application.Accounts.Register;

/// <summary>
/// Creates an account. On success the result holds the new user's id, and
/// <see cref="UserRegisteredNotification"/> has been handled by every reaction in the same transaction.
/// </summary>
public sealed record RegisterUserCommand(string Email, string Password, string? DisplayName = null) : IRequest<Result<string>>
{
    // The password never reaches logs through a record's generated ToString.
    public override string ToString() => $"{nameof(RegisterUserCommand)} {{ Email = {Email} }}";
}
