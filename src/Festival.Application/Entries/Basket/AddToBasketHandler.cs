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
        var teacher = await managed.ByCodeAsync("TeacherCode", draft.TeacherCode, cancellationToken);
        var accompanist = await managed.ByCodeAsync("AccompanistCode", draft.AccompanistCode, cancellationToken);
        var (pieces, pieceErrors) = EntryRules.ParsePieces(draft.Pieces);
        var codeErrors = teacher.Errors.Concat(accompanist.Errors).ToList();
        var now = clock.GetUtcNow();
        var check = await entries.CheckAsync(managed, season.Value, request.UserId, request.AsStaff, now, draft.ClassId, draft.PersonIds, pieces, cancellationToken);

        // A piece whose duration could not be read is reported once, with the reason it could not be read.
        var errors = codeErrors.Concat(pieceErrors)
            .Concat(check.Errors.Where(e => pieceErrors.All(p => p.Field != e.Field)))
            .ToList();
        if (errors.Count > 0)
        {
            return Result<int>.Failed(errors);
        }

        var key = Entry.KeyFor(null, draft.PersonIds);
        if ((await entries.BasketAsync(request.UserId, season.Value.Id, cancellationToken)).Any(i => i.ClassId == draft.ClassId && i.ParticipantKey == key))
        {
            return Error.Conflict("already_in_basket", $"This entry in class {check.Value.Class.Code} is already in your basket.");
        }

        var item = new BasketItem(request.UserId, season.Value.Id, draft.ClassId, draft.PersonIds, teacher.Value, accompanist.Value, draft.Comments,
            [.. pieces.Select(p => (p.Title, p.Composer, p.Seconds))], now);
        await entries.AddBasketItemAsync(item, cancellationToken);
        return Result<int>.Success(item.Id);
    }
}
