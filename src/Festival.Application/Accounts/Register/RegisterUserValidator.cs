using Festival.Domain.Accounts;

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

        var password = request.Password ?? string.Empty;
        if (password.Length == 0)
        {
            errors.Add(AccountErrors.PasswordRequired);
        }
        else if (password.Length > AccountRules.MaxPasswordLength)
        {
            errors.Add(AccountErrors.PasswordTooLong);
        }
        else
        {
            errors.AddRange(await accounts.ValidatePasswordAsync(password, cancellationToken));
        }

        if (AccountInput.CheckDisplayName(AccountInput.NormalizeDisplayName(request.DisplayName)) is { } nameError)
        {
            errors.Add(nameError);
        }

        return errors;
    }
}
