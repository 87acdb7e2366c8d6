namespace Festival.Application.Scheduling.Edit;

internal sealed class SwapScheduledClassesHandler(ScheduleEditing editing) : IRequestHandler<SwapScheduledClassesCommand, Result<ScheduleEditResult>>
{
    public Task<Result<ScheduleEditResult>> Handle(SwapScheduledClassesCommand request, CancellationToken cancellationToken) =>
        editing.RunAsync(request.Season, request.Override, input => EditPlans.Swap(input, request.ClassA, request.PartA, request.ClassB, request.PartB), cancellationToken);
}
