using Festival.Domain.Entries;

namespace Festival.Application.Entries.Basket;

internal sealed class AddToBasketValidator : IValidator<AddToBasketCommand>
{
    public const int MaxPerformers = 5;

    public Task<IReadOnlyList<Error>> ValidateAsync(AddToBasketCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var draft = request.Draft;
        if (draft.PersonIds is not { Count: > 0 and <= MaxPerformers })
        {
            errors.Add(Error.Validation("PersonIds", "performers_required", $"Choose 1 to {MaxPerformers} performers."));
        }

        if (draft.Pieces is not { Count: > 0 and <= Entry.MaxPieces })
        {
            errors.Add(Error.Validation("Pieces", "piece_count", $"An entry performs 1 to {Entry.MaxPieces} pieces."));
        }

        if (draft.Comments is { Length: > Entry.MaxCommentsLength })
        {
            errors.Add(Error.Validation("Comments", "comments_too_long", $"Comments are at most {Entry.MaxCommentsLength} characters."));
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
