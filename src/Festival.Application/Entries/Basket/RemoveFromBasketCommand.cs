namespace Festival.Application.Entries.Basket;

/// <summary>Takes an item out of the account's own basket.</summary>
public sealed record RemoveFromBasketCommand(string UserId, int ItemId) : IRequest<Result>, ITransactionalRequest;

internal sealed class RemoveFromBasketHandler(IOnlineEntries entries) : IRequestHandler<RemoveFromBasketCommand, Result>
{
    public async Task<Result> Handle(RemoveFromBasketCommand request, CancellationToken cancellationToken)
    {
        if (await entries.FindBasketItemAsync(request.UserId, request.ItemId, cancellationToken) is not { } item)
        {
            return Result.Failed(EntryErrors.BasketItemNotFound(request.ItemId));
        }

        entries.Remove(item);
        await entries.SaveAsync(cancellationToken);
        return Result.Success();
    }
}
