using Festival.Application.Entries;
using Festival.Application.People.Managed;
using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.Timetable;

internal sealed class GetMyTimetableHandler(ISeasons seasons, IScheduleStore store, IManagedPeople managed, IOnlineEntries entries, ITimetableFeeds feeds)
    : IRequestHandler<GetMyTimetableQuery, Result<TimetableView>>
{
    public async Task<Result<TimetableView>> Handle(GetMyTimetableQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<TimetableView>.Failed(season.Errors);
        }

        var people = await managed.ListAsync(request.UserId, cancellationToken);
        var personIds = people.All.Select(p => p.Id).ToArray();
        var tokens = (await feeds.ForPeopleAsync(personIds, cancellationToken)).ToDictionary(f => f.PersonId, f => f.Token);
        TimetableFeedLink[] links = [.. people.All.Select(p => new TimetableFeedLink(p.Id, p.Name, tokens.GetValueOrDefault(p.Id)))];
        if (await store.LatestPublicationAsync(season.Value.Id, cancellationToken) is null)
        {
            return Result<TimetableView>.Success(new TimetableView(season.Value.Name, false, [], links));
        }

        var visible = (await entries.EntriesVisibleToAsync(request.UserId, season.Value.Id, cancellationToken)).Select(e => e.Id).ToHashSet();
        var mine = personIds.ToHashSet();
        var schedule = await ScheduleViews.LoadAsync(store, season.Value, cancellationToken);
        var lines = PersonalTimetables.Lines(
            schedule,
            e => visible.Contains(e.EntryId) ? PersonalTimetables.Role(e, mine) : null,
            people.Self is { } self ? new HashSet<int> { self.Id } : []);
        return Result<TimetableView>.Success(new TimetableView(season.Value.Name, true, lines, links));
    }
}
