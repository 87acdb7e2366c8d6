using Festival.Application.Accounts;
using Festival.Domain.People;

namespace Festival.Application.People.Update;

internal sealed class UpdatePersonValidator(TimeProvider clock) : IValidator<UpdatePersonCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(UpdatePersonCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(PeopleErrors.NameRequired);
        }
        else if (request.Name.Trim().Length > Person.MaxNameLength)
        {
            errors.Add(PeopleErrors.NameTooLong);
        }

        if (AccountInput.NormalizeText(request.Email) is { } email && AccountInput.CheckEmail(email) is { } emailError)
        {
            errors.Add(emailError);
        }

        if (AccountInput.NormalizeText(request.Phone) is { Length: > Person.MaxPhoneLength })
        {
            errors.Add(PeopleErrors.PhoneTooLong);
        }

        if (request.BirthDate is { } born && born > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            errors.Add(PeopleErrors.BirthDateInFuture);
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
