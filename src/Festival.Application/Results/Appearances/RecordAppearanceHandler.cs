namespace Festival.Application.Results.Appearances;

internal sealed class RecordAppearanceHandler(IResults results, IAdjudication adjudication, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RecordAppearanceCommand, Result>
{
    public async Task<Result> Handle(RecordAppearanceCommand request, CancellationToken cancellationToken)
    {
        var target = await results.FindTargetAsync(request.EntryId, cancellationToken);
        if (target is null)
        {
            return Result.Failed(ResultErrors.EntryNotFound(request.EntryId));
        }

        if (await ResultAccess.CheckAsync(results, adjudication, request.UserId, request.AsStaff, target.ClassId, target.ClassCode,
                ResultErrors.EntryNotFound(request.EntryId), cancellationToken) is { } refused)
        {
            return Result.Failed(refused);
        }

        var result = await results.EntryResultAsync(target, cancellationToken);
        if (result.Appearance == request.Appearance)
        {
            return Result.Success();
        }

        result.Record(request.Appearance);
        await results.SaveAsync(cancellationToken);
        if (request.AsStaff && await results.FindClassResultAsync(target.ClassId, cancellationToken) is { IsSubmitted: true })
        {
            await mediator.Publish(
                new SubmittedResultsChangedNotification(target.ClassId, target.SeasonId, target.ClassCode, [target.EntryId],
                    $"appearance {request.Appearance}", request.UserId, clock.GetUtcNow()),
                cancellationToken);
        }

        return Result.Success();
    }
}
