using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus.Update;

internal sealed class UpdateClassValidator : IValidator<UpdateClassCommand>
{
    /// <summary>A day: no adjudication, warm-up or performance lasts longer.</summary>
    private const int MaxSeconds = 24 * 60 * 60;

    public Task<IReadOnlyList<Error>> ValidateAsync(UpdateClassCommand request, CancellationToken cancellationToken)
    {
        var d = request.Details;
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            errors.Add(Error.Validation("Name", "class_name_required", "Give the class a name."));
        }
        else if (d.Name.Trim().Length > FestivalClass.MaxNameLength)
        {
            errors.Add(Error.Validation("Name", "class_name_too_long", $"A class name is at most {FestivalClass.MaxNameLength} characters."));
        }

        if ((d.Discipline ?? string.Empty).Trim().Length > FestivalClass.MaxCategoryLength || (d.Level ?? string.Empty).Trim().Length > FestivalClass.MaxCategoryLength)
        {
            errors.Add(Error.Validation("Discipline", "class_category_too_long", $"Discipline and level are at most {FestivalClass.MaxCategoryLength} characters."));
        }

        if (!Enum.IsDefined(d.Type))
        {
            errors.Add(Error.Validation("Type", "class_type_unknown", "Choose one of the class types."));
        }

        if (d.Fee is < 0 or > 1_000_000)
        {
            errors.Add(Error.Validation("Fee", "class_fee_range", "The fee is between 0 and 1,000,000."));
        }

        if (d.AdjudicationSecondsPerEntry is < 0 or > MaxSeconds || d.WarmUpSecondsPerEntry is < 0 or > MaxSeconds)
        {
            errors.Add(Error.Validation("AdjudicationSecondsPerEntry", "class_time_range", "Adjudication and warm-up times are between 0 and 24 hours."));
        }

        if (d.MaxPerformanceSeconds is <= 0 or > MaxSeconds)
        {
            errors.Add(Error.Validation("MaxPerformanceSeconds", "class_max_duration_range", "The longest performance is more than 0 and at most 24 hours."));
        }

        if (d.MinAge is < 0 or > 150 || d.MaxAge is < 0 or > 150)
        {
            errors.Add(Error.Validation("MinAge", "class_age_range", "Ages are between 0 and 150."));
        }
        else if (d.MinAge is { } min && d.MaxAge is { } max && max < min)
        {
            errors.Add(Error.Validation("MaxAge", "class_ages_out_of_order", "The maximum age cannot be below the minimum age."));
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
