using Festival.Domain.People;

namespace Festival.Application.People.Managed;

internal sealed class AddManagedPersonValidator(TimeProvider clock) : IValidator<AddManagedPersonCommand>
{
    public const int OldestAge = 120;

    public Task<IReadOnlyList<Error>> ValidateAsync(AddManagedPersonCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > Person.MaxNameLength)
        {
            errors.Add(Error.Validation("Name", "name_required", $"Enter the person's name, at most {Person.MaxNameLength} characters."));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.BirthDate is null && request.Relationship == Relationship.Child)
        {
            errors.Add(Error.Validation("BirthDate", "birth_date_required", "Enter the child's date of birth: class age limits are counted from it."));
        }
        else if (request.BirthDate is { } born && (born > today || born < today.AddYears(-OldestAge)))
        {
            errors.Add(Error.Validation("BirthDate", "birth_date_invalid", $"Enter a date of birth in the past {OldestAge} years."));
        }

        if (request.Email is { Length: > Person.MaxEmailLength } || (!string.IsNullOrWhiteSpace(request.Email) && !request.Email.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add(Error.Validation("Email", "email_invalid", "Enter an email address like name@example.org, or leave it empty."));
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
