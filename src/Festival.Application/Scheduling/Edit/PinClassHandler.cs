namespace Festival.Application.Scheduling.Edit;

internal sealed class PinClassHandler(ScheduleEditing editing) : IRequestHandler<PinClassCommand, Result<ScheduleEditResult>>
{
    public Task<Result<ScheduleEditResult>> Handle(PinClassCommand request, CancellationToken cancellationToken) =>
        editing.RunAsync(request.Season, request.Override, input => EditPlans.Pin(input, request), cancellationToken);
}
