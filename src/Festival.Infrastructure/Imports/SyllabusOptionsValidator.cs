using Festival.Application.Syllabus;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Imports;

/// <summary>Fails start-up with every problem in <c>Festival:Syllabus</c>, each in words.</summary>
internal sealed class SyllabusOptionsValidator : IValidateOptions<SyllabusOptions>
{
    public ValidateOptionsResult Validate(string? name, SyllabusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{SyllabusOptions.Section}: {p}"));
    }
}
