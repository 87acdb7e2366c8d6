using Festival.Application.Invoices;
using Festival.Application.Seasons;

namespace Festival.Application.Entries.Change;

/// <summary>An entry for its edit form: its submitter's, or any for festival staff (<paramref name="AsStaff"/>); anyone else's is not found.</summary>
public sealed record GetEntryForChangeQuery(string UserId, int EntryId, bool AsStaff = false) : IRequest<Result<EntryForChange>>;

internal sealed class GetEntryForChangeHandler(ISeasons seasons, IOnlineEntries entries, IInvoices invoices, TimeProvider clock)
    : IRequestHandler<GetEntryForChangeQuery, Result<EntryForChange>>
{
    public async Task<Result<EntryForChange>> Handle(GetEntryForChangeQuery request, CancellationToken cancellationToken)
    {
        var entry = await entries.ForChangeAsync(request.EntryId, cancellationToken);
        if (entry is null || (!request.AsStaff && entry.SubmittedByUserId != request.UserId))
        {
            return EntryErrors.EntryNotFound(request.EntryId);
        }

        var season = (await seasons.FindAsync(entry.SeasonId, cancellationToken))!;
        var locked = await invoices.LockedAsync(season, entry.Id, entry.SubmittedByUserId, clock.GetUtcNow(), request.AsStaff, cancellationToken);
        return Result<EntryForChange>.Success(entry with { LockedBecause = locked?.Message });
    }
}
