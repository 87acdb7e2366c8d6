namespace Festival.Application.Scheduling.Edit;

internal sealed class ReorderEntriesHandler(ScheduleEditing editing) : IRequestHandler<ReorderEntriesCommand, Result<ScheduleEditResult>>
{
    public Task<Result<ScheduleEditResult>> Handle(ReorderEntriesCommand request, CancellationToken cancellationToken) =>
        editing.RunAsync(request.Season, request.Override, input => EditPlans.Reorder(input, request.ClassId, request.Part, request.EntryOrder ?? []), cancellationToken);
}
