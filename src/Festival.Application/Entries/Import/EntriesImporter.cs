using Festival.Application.Imports;
using Festival.Domain.Seasons;

namespace Festival.Application.Entries.Import;

internal sealed class EntriesImporter(IEntriesImportStore store, IMediator mediator, IRequestContext request, TimeProvider clock) : IImporter
{
    public ImportKind Kind => ImportKind.Entries;

    public ImportLayout Layout => ImportLayouts.Entries;

    public bool Accepts(ImportFormat format) => format != ImportFormat.Pdf;

    public async Task<ImportPlan> PlanAsync(Season season, string fileName, ImportSheet sheet, CancellationToken cancellationToken) =>
        EntriesPlanner.Plan(season, fileName, sheet, await store.LoadAsync(season.Id, cancellationToken));

    public async Task ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var entriesPlan = (EntriesPlan)plan;
        var now = clock.GetUtcNow();
        var created = await store.ApplyAsync(entriesPlan, now, cancellationToken);
        for (var i = 0; i < created.Count; i++)
        {
            await mediator.Publish(new EntryCreatedNotification(created[i], plan.SeasonId, entriesPlan.Parts.Creates[i].ClassId, now), cancellationToken);
        }

        foreach (var update in entriesPlan.Parts.Updates)
        {
            await mediator.Publish(new EntryChangedNotification(update.EntryId, plan.SeasonId, update.Changes, now), cancellationToken);
        }

        await mediator.Publish(new EntriesImportedNotification(plan.SeasonId, plan.SeasonName, plan.FileName, created.Count,
            entriesPlan.Parts.Updates.Count, entriesPlan.Parts.Unchanged, plan.RejectedRows.Count, entriesPlan.Parts.NewPeople.Count,
            request.UserId, now), cancellationToken);
    }
}
