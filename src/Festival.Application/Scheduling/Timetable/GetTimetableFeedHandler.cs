using Festival.Application.People.Managed;
using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.Timetable;

internal sealed class GetTimetableFeedHandler(ISeasons seasons, IScheduleStore store, ITimetableFeeds feeds, IManagedPeople managed, TimeProvider clock)
    : IRequestHandler<GetTimetableFeedQuery, Result<string>>
{
    public async Task<Result<string>> Handle(GetTimetableFeedQuery request, CancellationToken cancellationToken)
    {
        var feed = request.Token.Length == Domain.Scheduling.TimetableFeed.TokenLength
            ? await feeds.FindByTokenAsync(request.Token, cancellationToken)
            : null;
        var person = feed is null ? null : await managed.FindAsync(feed.PersonId, cancellationToken);
        if (feed is null || person is null)
        {
            return Result<string>.Failed(TimetableErrors.FeedNotFound);
        }

        var season = await seasons.ResolveAsync(null, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<string>.Failed(season.Errors);
        }

        IReadOnlyList<TimetableLine> lines = [];
        if (await store.LatestPublicationAsync(season.Value.Id, cancellationToken) is not null)
        {
            var taught = (await feeds.EntriesTaughtAsync(person.Id, season.Value.Id, cancellationToken)).ToHashSet();
            var schedule = await ScheduleViews.LoadAsync(store, season.Value, cancellationToken);
            lines = PersonalTimetables.Lines(
                schedule,
                e => e.Performers.Any(p => p.Id == person.Id) ? "Performer"
                    : e.Accompanist?.Id == person.Id ? "Accompanist"
                    : taught.Contains(e.EntryId) ? "Teacher"
                    : null,
                new HashSet<int> { person.Id });
        }

        return Result<string>.Success(TimetableCalendar.Write(season.Value.FestivalName, person.Name, lines, clock.GetUtcNow()));
    }
}
