using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Timetable;

/// <summary>The people's iCalendar feed tokens, and the entries a teacher teaches (the timetable names them too).</summary>
public interface ITimetableFeeds
{
    Task<TimetableFeed?> FindByTokenAsync(string token, CancellationToken cancellationToken);

    Task<IReadOnlyList<TimetableFeed>> ForPeopleAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);

    /// <summary>The ids of the season's entries that name the person as teacher.</summary>
    Task<IReadOnlyCollection<int>> EntriesTaughtAsync(int personId, int seasonId, CancellationToken cancellationToken);

    void Add(TimetableFeed feed);

    Task SaveAsync(CancellationToken cancellationToken);
}
