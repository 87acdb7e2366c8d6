namespace Festival.Application.Accounts.Register;

/// <summary>Everything about a registration that can be checked without the database.</summary>
internal sealed class RegisterUserValidator(IUserAccounts accounts) : IValidator<RegisterUserCommand>
{
    public async Task<IReadOnlyList<Error>> ValidateAsync(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (AccountInput.CheckEmail(AccountInput.NormalizeEmail(request.Email)) is { } emailError)
        {
            errors.Add(emailError);
        }

        errors.AddRange(await AccountInput.CheckNewPasswordAsync(accounts, request.Password, cancellationToken));

        if (AccountInput.CheckDisplayName(AccountInput.NormalizeText(request.DisplayName)) is { } nameError)
        {
            errors.Add(nameError);
        }

        return errors;
    }
}
