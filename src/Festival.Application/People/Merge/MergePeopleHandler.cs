using Festival.Application.Syllabus;
using Festival.Domain.Entries;
using Festival.Domain.People;

namespace Festival.Application.People.Merge;

internal sealed class MergePeopleHandler(IPeople people, IClassRecords classes, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<MergePeopleCommand, Result<PeopleMergedNotification>>
{
    public async Task<Result<PeopleMergedNotification>> Handle(MergePeopleCommand request, CancellationToken cancellationToken)
    {
        if (request.KeepPersonId == request.MergePersonId)
        {
            return PeopleErrors.MergeWithSelf;
        }

        var keep = await people.FindAsync(request.KeepPersonId, cancellationToken);
        var merged = await people.FindAsync(request.MergePersonId, cancellationToken);
        if (keep is null || merged is null)
        {
            return PeopleErrors.PersonNotFound(keep is null ? request.KeepPersonId : request.MergePersonId);
        }

        if (keep.UserId is not null && merged.UserId is not null)
        {
            return PeopleErrors.BothHaveAccounts;
        }

        var entries = await people.EntriesNamingAsync(merged.Id, cancellationToken);
        var keptEntries = await people.EntriesNamingAsync(keep.Id, cancellationToken);
        if (await ConflictAsync(entries, keptEntries, keep.Id, merged.Id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var now = clock.GetUtcNow();
        var entriesMoved = entries.Count(e => e.ReplacePerson(merged.Id, keep.Id, now));
        var groupPartsMoved = (await people.GroupsWithMemberAsync(merged.Id, cancellationToken)).Sum(g => g.ReplaceMember(merged.Id, keep.Id));
        var linksMoved = MoveLinks(await people.LinksOfAsync(merged.Id, cancellationToken), await people.LinksOfAsync(keep.Id, cancellationToken), merged.Id, keep.Id);
        await people.SaveAsync(cancellationToken);

        // The merged record goes first, so its account (unique per person) can pass to the record kept.
        await people.RemoveAsync(merged, cancellationToken);
        keep.Absorb(merged, now);
        await people.SaveAsync(cancellationToken);

        var notification = new PeopleMergedNotification(
            keep.Id, merged.Id, keep.Name, merged.Name, entriesMoved, groupPartsMoved, linksMoved, requestContext.UserId, now);
        await mediator.Publish(notification, cancellationToken);
        return Result<PeopleMergedNotification>.Success(notification);
    }

    /// <summary>An entry naming both as performers, or two entries that would become the same entry, stop the merge.</summary>
    private async Task<Error?> ConflictAsync(IReadOnlyList<Entry> entries, IReadOnlyList<Entry> keptEntries, int keepId, int mergedId, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Where(e => e.Performs(mergedId)))
        {
            if (entry.Performs(keepId))
            {
                return PeopleErrors.SharedEntry(await classes.CodeOfAsync(entry.ClassId, cancellationToken));
            }

            var key = entry.ParticipantKeyWith(mergedId, keepId);
            if (keptEntries.Any(k => k.Id != entry.Id && k.ClassId == entry.ClassId && k.ParticipantKey == key))
            {
                return PeopleErrors.SameClassTwice(await classes.CodeOfAsync(entry.ClassId, cancellationToken));
            }
        }

        return null;
    }

    /// <summary>Links of the merged record move to the kept one; a link the kept record already has, or one between the two, is dropped.</summary>
    private int MoveLinks(IReadOnlyList<PersonLink> links, IReadOnlyList<PersonLink> keptLinks, int mergedId, int keepId)
    {
        var moved = 0;
        foreach (var link in links)
        {
            link.ReplacePerson(mergedId, keepId);
            var duplicate = keptLinks.Any(k => k.Id != link.Id && k.PersonId == link.PersonId && k.OtherPersonId == link.OtherPersonId && k.Kind == link.Kind);
            if (link.IsSelfLink || duplicate)
            {
                people.RemoveLink(link);
            }
            else
            {
                moved++;
            }
        }

        return moved;
    }
}
