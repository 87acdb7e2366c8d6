namespace Festival.Application.Scheduling.Edit;

internal sealed class MoveScheduledClassHandler(ScheduleEditing editing) : IRequestHandler<MoveScheduledClassCommand, Result<ScheduleEditResult>>
{
    public Task<Result<ScheduleEditResult>> Handle(MoveScheduledClassCommand request, CancellationToken cancellationToken) =>
        editing.RunAsync(request.Season, request.Override, input => EditPlans.Move(input, request.ClassId, request.Part, request.SessionId, request.Start), cancellationToken);
}
