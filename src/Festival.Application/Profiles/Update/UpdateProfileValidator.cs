using Festival.Application.Accounts;
using Festival.Domain.Accounts;

namespace Festival.Application.Profiles.Update;

internal sealed class UpdateProfileValidator : IValidator<UpdateProfileCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (AccountInput.CheckDisplayName(AccountInput.NormalizeText(request.DisplayName)) is { } nameError)
        {
            errors.Add(nameError);
        }

        var phone = AccountInput.NormalizeText(request.Phone);
        if (phone is not null && (phone.Length > AccountRules.MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.')))
        {
            errors.Add(Error.Validation("Phone", "phone_invalid", $"Enter a phone number of digits, spaces and + - ( ) . only, at most {AccountRules.MaxPhoneLength} characters."));
        }

        if (AccountInput.CheckText("School", AccountInput.NormalizeText(request.School), AccountRules.MaxSchoolLength) is { } schoolError)
        {
            errors.Add(schoolError);
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
