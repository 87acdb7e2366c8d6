namespace Festival.Application.Accounts.ChangePassword;

internal sealed class ChangePasswordValidator(IUserAccounts accounts) : IValidator<ChangePasswordCommand>
{
    public async Task<IReadOnlyList<Error>> ValidateAsync(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            errors.Add(Error.Validation("CurrentPassword", "password_required", "Enter your current password."));
        }

        errors.AddRange(await NewPassword.ValidateAsync(accounts, request.NewPassword, cancellationToken));
        return errors;
    }
}
