using Festival.Application.People.Managed;
using Festival.Application.Seasons;
using Festival.Domain.Entries;

namespace Festival.Application.Entries.Basket;

internal sealed class AddToBasketHandler(ISeasons seasons, IOnlineEntries entries, IManagedPeople managed, TimeProvider clock)
    : IRequestHandler<AddToBasketCommand, Result<int>>
{
    public async Task<Result<int>> Handle(AddToBasketCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<int>.Failed(season.Errors);
        }

        var draft = request.Draft;
        var typed = await managed.ReadTypedAsync(draft.TeacherCode, draft.AccompanistCode, draft.Pieces, cancellationToken);
        var now = clock.GetUtcNow();
        var check = await entries.CheckAsync(
            managed, season.Value, request.UserId, request.AsStaff, now, draft.ClassId, draft.GroupId, draft.PersonIds, typed.Pieces, cancellationToken);
        var errors = typed.With(check.Errors);
        if (errors.Count > 0)
        {
            return Result<int>.Failed(errors);
        }

        var key = Entry.KeyFor(draft.GroupId, draft.PersonIds);
        if ((await entries.BasketAsync(request.UserId, season.Value.Id, cancellationToken)).Any(i => i.ClassId == draft.ClassId && i.ParticipantKey == key))
        {
            return Error.Conflict("already_in_basket", $"This entry in class {check.Value.Class.Code} is already in your basket.");
        }

        var item = new BasketItem(request.UserId, season.Value.Id, draft.ClassId, draft.GroupId, draft.PersonIds, typed.TeacherId, typed.AccompanistId, draft.Comments,
            [.. typed.Pieces.Select(p => (p.Title, p.Composer, p.Seconds))], now);
        await entries.AddBasketItemAsync(item, cancellationToken);
        return Result<int>.Success(item.Id);
    }
}
