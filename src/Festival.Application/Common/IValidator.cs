namespace Festival.Application.Common;

/// <summary>
/// Checks a request before its handler runs. Found by scanning like handlers; the validation
/// behavior runs every validator of a request and answers with a failed result if any complains.
/// </summary>
public interface IValidator<in TRequest>
{
    Task<IReadOnlyList<Error>> ValidateAsync(TRequest request, CancellationToken cancellationToken);
}
