using Festival.Application.People.Managed;
using Festival.Application.Seasons;
using Festival.Domain.People;

namespace Festival.Application.People.Consent;

/// <summary>
/// Answers, for the current season, whether the festival may photograph and record <paramref name="PersonId"/>
/// performing. Asked of the person themself or an accepted guardian (a teacher enters a student but does not answer for
/// them); staff record an answer given on paper (<paramref name="AsStaff"/>). Anyone else gets the same 404 as for an id
/// that does not exist.
/// </summary>
public sealed record SetMediaConsentCommand(string UserId, int PersonId, bool Granted, bool AsStaff = false)
    : IRequest<Result<MediaConsentView>>, ITransactionalRequest;

/// <summary>A season's answer: <see cref="Granted"/> or not, when, in <see cref="Season"/>.</summary>
public sealed record MediaConsentView(string Season, bool Granted, DateTimeOffset AnsweredAt);

public sealed record MediaConsentChangedNotification(
    int PersonId, string PersonName, int SeasonId, string SeasonName, bool Granted, string UserId, bool ByStaff, DateTimeOffset At) : INotification;

/// <summary>The <c>MediaConsents</c> table: one answer per person and season.</summary>
public interface IMediaConsents
{
    Task<MediaConsent?> FindAsync(int personId, int seasonId, CancellationToken cancellationToken);

    void Add(MediaConsent consent);

    Task SaveAsync(CancellationToken cancellationToken);
}

internal sealed class SetMediaConsentHandler(IManagedPeople managed, ISeasons seasons, IMediaConsents consents, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetMediaConsentCommand, Result<MediaConsentView>>
{
    public async Task<Result<MediaConsentView>> Handle(SetMediaConsentCommand request, CancellationToken cancellationToken)
    {
        if (!request.AsStaff && !await managed.AnswersForAsync(request.UserId, request.PersonId, cancellationToken)
            || await managed.FindAsync(request.PersonId, cancellationToken) is not { } person)
        {
            return ManagedPeopleErrors.PersonNotFound(request.PersonId);
        }

        if (await seasons.CurrentAsync(cancellationToken) is not { } season)
        {
            return SeasonErrors.NoCurrentSeason;
        }

        var now = clock.GetUtcNow();
        if (await consents.FindAsync(person.Id, season.Id, cancellationToken) is { } answer)
        {
            answer.Answer(request.Granted, request.UserId, now);
        }
        else
        {
            consents.Add(new MediaConsent(person.Id, season.Id, request.Granted, request.UserId, now));
        }

        await consents.SaveAsync(cancellationToken);
        await mediator.Publish(
            new MediaConsentChangedNotification(person.Id, person.Name, season.Id, season.Name, request.Granted, request.UserId, request.AsStaff, now),
            cancellationToken);
        return Result<MediaConsentView>.Success(new MediaConsentView(season.Name, request.Granted, now));
    }
}
