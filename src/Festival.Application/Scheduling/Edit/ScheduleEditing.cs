using Festival.Application.Scheduling.Publish;
using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// What every manual edit does: load the season, work out the edit, check the schedule it would give, and apply it only
/// when no blocking conflict touches the edited classes, or when staff explicitly override (which is audited).
/// </summary>
internal sealed class ScheduleEditing(ISeasons seasons, IScheduleStore store, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
{
    public async Task<Result<ScheduleEditResult>> RunAsync(
        string? seasonName, bool allowOverride, Func<ScheduleInput, Result<EditPlan>> plan, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(seasonName, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ScheduleEditResult>.Failed(season.Errors);
        }

        var data = await store.LoadAsync(season.Value.Id, cancellationToken);
        var input = ScheduleInput.From(data);
        var planned = plan(input);
        if (!planned.Succeeded)
        {
            return Result<ScheduleEditResult>.Failed(planned.Errors);
        }

        var edit = planned.Value;
        var edited = edit.ClassIds.ToHashSet();
        var after = input.Current.Placements.Where(p => !edited.Contains(ScheduleIds.Number(p.ClassId))).Concat(edit.After).ToArray();
        var editedGuids = edited.Select(ScheduleIds.Class).ToHashSet();
        var conflicts = ScheduleChecker.Check(input.Problem, new Schedule(after)).Conflicts
            .Where(c => c.ClassIds.Any(editedGuids.Contains))
            .ToArray();
        var views = await ScheduleConflicts.ViewsAsync(store, input, conflicts, cancellationToken);
        var blocking = views.Where(v => v.IsBlocking).ToArray();
        if (blocking.Length > 0 && !allowOverride)
        {
            return Result<ScheduleEditResult>.Success(new ScheduleEditResult(false, false, views));
        }

        var rows = ScheduleWriter.Write(store, data, edit.After, edited.Contains);
        if (edit.Pin is { } change)
        {
            rows.Single(s => s.ClassId == change.ClassId && s.Part == 1).PinAs(change.Pin);
        }

        await store.SaveAsync(cancellationToken);
        var overridden = blocking.Select(b => $"{b.Kind}: {b.Message}").ToArray();
        var now = clock.GetUtcNow();
        await mediator.Publish(
            new ScheduleEditedNotification(season.Value.Id, edit.Edit, edit.Description, edit.ClassIds, overridden, requestContext.UserId, now), cancellationToken);
        await SchedulePublishing.AnnounceChangesAsync(
            store, mediator, input, data.Scheduled.Where(s => !edited.Contains(s.ClassId)).Concat(rows), requestContext.UserId, now, cancellationToken);
        return Result<ScheduleEditResult>.Success(new ScheduleEditResult(true, overridden.Length > 0, views));
    }
}
