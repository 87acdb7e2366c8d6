using Festival.Application.Scheduling.Publish;
using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Generate;

internal sealed class GenerateScheduleHandler(ISeasons seasons, IScheduleStore store, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<GenerateScheduleCommand, Result<ScheduleGenerationReport>>
{
    public async Task<Result<ScheduleGenerationReport>> Handle(GenerateScheduleCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ScheduleGenerationReport>.Failed(season.Errors);
        }

        var data = await store.LoadAsync(season.Value.Id, cancellationToken);
        var input = ScheduleInput.From(data);
        var generation = ScheduleGenerator.Generate(input.Problem, new GeneratorOptions(request.Seed));
        var quality = generation.Quality;
        var report = new ScheduleGenerationReport(
            season.Value.Id,
            season.Value.Name,
            request.Commit,
            generation.Schedule.Placements.Count,
            quality.HardViolations,
            [.. quality.Unplaced.Select(u => new UnplacedClassView(ScheduleIds.Number(u.ClassId), u.Code, u.Part, u.PartCount, u.Reason))],
            quality.Soft.Total,
            quality.SessionsUsed,
            quality.SessionsLowerBound,
            input.Problem.Sessions.Count,
            quality.TotalClassTime,
            quality.SplitClasses);
        if (!request.Commit)
        {
            return Result<ScheduleGenerationReport>.Success(report);
        }

        var rows = ScheduleWriter.Write(store, data, generation.Schedule.Placements, _ => true);
        await store.SaveAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await mediator.Publish(
            new ScheduleGeneratedNotification(season.Value.Id, season.Value.Name, report.ClassesPlaced, report.Unplaced.Count, report.HardViolations,
                report.SoftPenalty, report.SessionsUsed, report.SessionsLowerBound, request.Seed, requestContext.UserId, now),
            cancellationToken);
        await SchedulePublishing.AnnounceChangesAsync(store, mediator, input, rows, requestContext.UserId, now, cancellationToken);
        return Result<ScheduleGenerationReport>.Success(report);
    }
}
