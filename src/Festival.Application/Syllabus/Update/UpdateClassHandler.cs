namespace Festival.Application.Syllabus.Update;

internal sealed class UpdateClassHandler(IClassRecords classes, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<UpdateClassCommand, Result<ClassUpdatedNotification>>
{
    public async Task<Result<ClassUpdatedNotification>> Handle(UpdateClassCommand request, CancellationToken cancellationToken)
    {
        var festivalClass = await classes.FindAsync(request.ClassId, cancellationToken);
        if (festivalClass is null)
        {
            return SyllabusErrors.ClassNotFound(request.ClassId);
        }

        var now = clock.GetUtcNow();
        var changed = festivalClass.Update(request.Details, now);
        var updated = new ClassUpdatedNotification(festivalClass.Id, festivalClass.SeasonId, festivalClass.Code, changed, requestContext.UserId, now);
        if (changed.Count > 0)
        {
            await classes.SaveAsync(cancellationToken);
            await mediator.Publish(updated, cancellationToken);
        }

        return Result<ClassUpdatedNotification>.Success(updated);
    }
}
