using Festival.Domain.Seasons;

namespace Festival.Application.Seasons.Create;

internal sealed class CreateSeasonValidator : IValidator<CreateSeasonCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(CreateSeasonCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(SeasonErrors.NameRequired);
        }
        else if (request.Name.Trim().Length > Season.MaxNameLength)
        {
            errors.Add(SeasonErrors.NameTooLong);
        }

        if (request.StartsOn is { } start && request.EndsOn is { } end && end < start)
        {
            errors.Add(SeasonErrors.DatesOutOfOrder);
        }

        if (request.EntriesOpenAt is { } open && request.EntriesCloseAt is { } close && close < open)
        {
            errors.Add(SeasonErrors.EntryDatesOutOfOrder);
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
