using Festival.Application.Invoices;
using Festival.Application.People.Managed;
using Festival.Application.Seasons;

namespace Festival.Application.Entries.Change;

internal sealed class ChangeEntryHandler(ISeasons seasons, IOnlineEntries entries, IInvoices invoices, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ChangeEntryCommand, Result<EntryChanged>>
{
    public async Task<Result<EntryChanged>> Handle(ChangeEntryCommand request, CancellationToken cancellationToken)
    {
        var entry = await entries.FindEntryAsync(request.EntryId, cancellationToken);
        if (entry is null || (!request.AsStaff && entry.SubmittedByUserId != request.UserId))
        {
            return EntryErrors.EntryNotFound(request.EntryId);
        }

        var now = clock.GetUtcNow();
        var season = (await seasons.FindAsync(entry.SeasonId, cancellationToken))!;
        if (await invoices.LockedAsync(season, entry.Id, entry.SubmittedByUserId, now, request.AsStaff, cancellationToken) is { } locked)
        {
            return locked;
        }

        var change = request.Change;
        var typed = await managed.ReadTypedAsync(change.TeacherCode, change.AccompanistCode, change.Pieces, cancellationToken);
        var festivalClass = (await entries.FindClassAsync(entry.SeasonId, entry.ClassId, cancellationToken))!;
        var personIds = entry.Participants.OrderBy(p => p.Position).Select(p => p.PersonId).ToList();
        var check = await entries.CheckRulesAsync(managed, season, request.UserId, request.AsStaff, festivalClass, entry.GroupId, personIds, typed.Pieces, cancellationToken);
        var errors = typed.With(check.Errors);
        if (errors.Count > 0)
        {
            return Result<EntryChanged>.Failed(errors);
        }

        var pieceIds = await entries.PieceIdsAsync(typed.Pieces, now, cancellationToken);
        var changes = entry.Describe(typed.TeacherId, typed.AccompanistId, change.Comments, pieceIds, now);
        if (changes.Count == 0)
        {
            return Result<EntryChanged>.Success(new EntryChanged(entry.Id, []));
        }

        await entries.SaveAsync(cancellationToken);
        await mediator.Publish(new EntryChangedNotification(entry.Id, entry.SeasonId, changes, now), cancellationToken);
        if (request.AsStaff && entry.SubmittedByUserId is { } submitter && submitter != request.UserId)
        {
            await mediator.Publish(new EntryChangedByStaffNotification(entry.Id, entry.SeasonId, season.Name, submitter, request.UserId, changes, now), cancellationToken);
        }

        return Result<EntryChanged>.Success(new EntryChanged(entry.Id, changes));
    }
}
