using Festival.Application.Imports;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus.Import;

internal sealed class SyllabusImporter(ISyllabus syllabus, SyllabusPlanner planner, IMediator mediator, IRequestContext request, TimeProvider clock)
    : IImporter
{
    public ImportKind Kind => ImportKind.Syllabus;

    public ImportLayout Layout => ImportLayouts.Syllabus;

    public bool Accepts(ImportFormat format) => true;

    public async Task<ImportPlan> PlanAsync(Season season, string fileName, ImportSheet sheet, CancellationToken cancellationToken) =>
        planner.Plan(season, fileName, sheet, await syllabus.ForSeasonAsync(season.Id, cancellationToken));

    public async Task ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var syllabusPlan = (SyllabusPlan)plan;
        var now = clock.GetUtcNow();
        var classes = (await syllabus.ForSeasonAsync(plan.SeasonId, cancellationToken)).ToDictionary(c => c.Id);
        foreach (var create in syllabusPlan.Creates)
        {
            var added = new FestivalClass(plan.SeasonId, create.Number, create.Suffix, create.Details.Name, now);
            added.Update(create.Details, now);
            syllabus.Add(added);
        }

        foreach (var update in syllabusPlan.Updates)
        {
            classes[update.ClassId].Update(update.Details, now);
        }

        await syllabus.SaveAsync(cancellationToken);
        await mediator.Publish(new SyllabusImportedNotification(plan.SeasonId, plan.SeasonName, plan.FileName,
            syllabusPlan.Creates.Count, syllabusPlan.Updates.Count, syllabusPlan.Unchanged, plan.RejectedRows.Count, request.UserId, now), cancellationToken);
    }
}
