using Festival.Domain.People;

namespace Festival.Application.Repertoire.Update;

internal sealed class UpdatePieceHandler(IPieceRecords pieces, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<UpdatePieceCommand, Result>
{
    public async Task<Result> Handle(UpdatePieceCommand request, CancellationToken cancellationToken)
    {
        var piece = await pieces.FindAsync(request.PieceId, cancellationToken);
        if (piece is null)
        {
            return Result.Failed(RepertoireErrors.PieceNotFound(request.PieceId));
        }

        if (await pieces.ExistsAsync(PersonNames.Key(request.Title), PersonNames.Key(request.Composer), piece.Id, cancellationToken))
        {
            return Result.Failed(RepertoireErrors.Duplicate);
        }

        piece.Retitle(request.Title, request.Composer);
        piece.SetDuration(request.DurationSeconds);
        await pieces.SaveAsync(cancellationToken);
        await mediator.Publish(
            new PieceUpdatedNotification(piece.Id, piece.Title, piece.Composer, piece.DurationSeconds, requestContext.UserId, clock.GetUtcNow()),
            cancellationToken);
        return Result.Success();
    }
}
