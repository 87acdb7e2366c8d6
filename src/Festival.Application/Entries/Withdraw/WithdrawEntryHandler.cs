using Festival.Application.Invoices;
using Festival.Application.Seasons;
using Festival.Domain.Seasons;

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
        var window = season!.WindowAt(now);
        if (!request.AsStaff && window is not (EntryWindow.Open or EntryWindow.Late))
        {
            return Result.Failed(EntryErrors.Window(window, season.EntriesCloseAt));
        }

        if (!request.AsStaff && await IsPaidAsync(entry.SeasonId, entry.SubmittedByUserId!, cancellationToken))
        {
            return Result.Failed(InvoiceErrors.EntryPaid(entry.Id));
        }

        entries.Remove(entry);
        await entries.SaveAsync(cancellationToken);
        await mediator.Publish(
            new EntryWithdrawnNotification(entry.Id, entry.SeasonId, entry.ClassId, entry.ParticipantKey, entry.SubmittedByUserId, request.UserId, request.AsStaff, now),
            cancellationToken);
        return Result.Success();
    }

    /// <summary>Paid means the payer's payments (and credits) cover their invoice: then their entries are locked.</summary>
    private async Task<bool> IsPaidAsync(int seasonId, string payerUserId, CancellationToken cancellationToken) =>
        await invoices.FindAsync(seasonId, payerUserId, cancellationToken) is { } invoice
        && invoice.IsPaid(await invoices.TotalAsync(seasonId, payerUserId, cancellationToken));
}
