using Festival.Application.Invoices;
using Festival.Application.Seasons;

namespace Festival.Application.Entries.Withdraw;

internal sealed class WithdrawEntryHandler(ISeasons seasons, IOnlineEntries entries, IInvoices invoices, IMediator mediator, TimeProvider clock)
    : IRequestHandler<WithdrawEntryCommand, Result>
{
    public async Task<Result> Handle(WithdrawEntryCommand request, CancellationToken cancellationToken)
    {
        var entry = await entries.FindEntryAsync(request.EntryId, cancellationToken);
        if (entry is null || (!request.AsStaff && entry.SubmittedByUserId != request.UserId))
        {
            return Result.Failed(EntryErrors.EntryNotFound(request.EntryId));
        }

        if (entry.IsCancelled)
        {
            return Result.Failed(EntryErrors.EntryCancelled(entry.Id));
        }

        var now = clock.GetUtcNow();
        var season = await seasons.FindAsync(entry.SeasonId, cancellationToken);
        if (await invoices.LockedAsync(season!, entry.Id, entry.SubmittedByUserId, now, request.AsStaff, cancellationToken) is { } locked)
        {
            return Result.Failed(locked);
        }

        entries.Remove(entry);
        await entries.SaveAsync(cancellationToken);
        await mediator.Publish(
            new EntryWithdrawnNotification(
                entry.Id, entry.SeasonId, entry.ClassId, entry.ParticipantKey, entry.SubmittedByUserId, request.UserId, request.AsStaff, now, entry.FeeCents + entry.SurchargeCents),
            cancellationToken);
        return Result.Success();
    }
}
