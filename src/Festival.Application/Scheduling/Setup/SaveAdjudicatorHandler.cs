using Festival.Application.People;
using Festival.Application.Seasons;
using Festival.Domain.People;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class SaveAdjudicatorHandler(
    ISeasons seasons, IScheduleSetup setup, IPeople people, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<SaveAdjudicatorCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SaveAdjudicatorCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<int>.Failed(season.Errors);
        }

        if (Domain.Scheduling.Disciplines.Join(request.Disciplines ?? []).Length > Domain.Scheduling.Disciplines.MaxLength)
        {
            return ScheduleErrors.TooLong("Disciplines", "list of disciplines", Domain.Scheduling.Disciplines.MaxLength);
        }

        var now = clock.GetUtcNow();
        Adjudicator adjudicator;
        if (request.AdjudicatorId is { } id)
        {
            if (await setup.FindAdjudicatorAsync(id, cancellationToken) is not { } found || found.SeasonId != season.Value.Id)
            {
                return ScheduleErrors.AdjudicatorNotFound(id);
            }

            adjudicator = found;
            adjudicator.Edit(request.Disciplines ?? [], request.AvailableDays ?? []);
        }
        else
        {
            if (await people.FindAsync(request.PersonId, cancellationToken) is not { } person)
            {
                return ScheduleErrors.PersonNotFound(request.PersonId);
            }

            if (await setup.IsAdjudicatorAsync(season.Value.Id, person.Id, cancellationToken))
            {
                return ScheduleErrors.AlreadyAdjudicator(person.Id);
            }

            // The role says what a person is to the festival; the adjudicator record says what they do this season.
            person.AddRoles(PersonRoles.Adjudicator);
            adjudicator = new Adjudicator(season.Value.Id, person.Id, request.Disciplines ?? [], request.AvailableDays ?? [], now);
            setup.Add(adjudicator);
        }

        await setup.SaveAsync(cancellationToken);
        await mediator.Publish(
            new ScheduleSetupChangedNotification(season.Value.Id, "adjudicator", [adjudicator.Id], request.AdjudicatorId is null,
                $"person #{adjudicator.PersonId}: {string.Join(", ", adjudicator.Disciplines)}", requestContext.UserId, now),
            cancellationToken);
        return Result<int>.Success(adjudicator.Id);
    }
}
