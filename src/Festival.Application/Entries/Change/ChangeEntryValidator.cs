using Festival.Application.Entries.Basket;

namespace Festival.Application.Entries.Change;

internal sealed class ChangeEntryValidator : IValidator<ChangeEntryCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(ChangeEntryCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        AddToBasketValidator.CheckRepertoire(request.Change?.Pieces, request.Change?.Comments, errors);
        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
