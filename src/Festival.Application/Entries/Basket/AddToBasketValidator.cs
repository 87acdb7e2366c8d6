using Festival.Domain.Entries;

namespace Festival.Application.Entries.Basket;

internal sealed class AddToBasketValidator : IValidator<AddToBasketCommand>
{
    public const int MaxPerformers = 5;

    public Task<IReadOnlyList<Error>> ValidateAsync(AddToBasketCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var draft = request.Draft;
        if (draft.GroupId is not null)
        {
            if (draft.PersonIds is { Count: > 0 })
            {
                errors.Add(Error.Validation("PersonIds", "group_and_people", "Enter either a group or named performers, not both."));
            }
        }
        else if (draft.PersonIds is not { Count: > 0 and <= MaxPerformers })
        {
            errors.Add(Error.Validation("PersonIds", "performers_required", $"Choose 1 to {MaxPerformers} performers, or a group."));
        }

        CheckRepertoire(draft.Pieces, draft.Comments, errors);
        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }

    /// <summary>The shape of what is typed about an entry, checked before anything is looked up (also for a change).</summary>
    internal static void CheckRepertoire(IReadOnlyList<PieceDraft>? pieces, string? comments, List<Error> errors)
    {
        if (pieces is not { Count: > 0 and <= Entry.MaxPieces })
        {
            errors.Add(Error.Validation("Pieces", "piece_count", $"An entry performs 1 to {Entry.MaxPieces} pieces."));
        }

        if (comments is { Length: > Entry.MaxCommentsLength })
        {
            errors.Add(Error.Validation("Comments", "comments_too_long", $"Comments are at most {Entry.MaxCommentsLength} characters."));
        }
    }
}
