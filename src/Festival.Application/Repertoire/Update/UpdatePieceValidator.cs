using Festival.Domain.Repertoire;

namespace Festival.Application.Repertoire.Update;

internal sealed class UpdatePieceValidator : IValidator<UpdatePieceCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(UpdatePieceCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add(RepertoireErrors.TitleRequired);
        }

        if (string.IsNullOrWhiteSpace(request.Composer))
        {
            errors.Add(RepertoireErrors.ComposerRequired);
        }

        if ((request.Title?.Trim().Length ?? 0) > Piece.MaxTitleLength || (request.Composer?.Trim().Length ?? 0) > Piece.MaxComposerLength)
        {
            errors.Add(RepertoireErrors.TooLong);
        }

        if (request.DurationSeconds is <= 0 or >= 24 * 60 * 60)
        {
            errors.Add(RepertoireErrors.DurationRange);
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
