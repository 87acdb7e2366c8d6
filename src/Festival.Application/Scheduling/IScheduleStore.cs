using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling;

/// <summary>A season's schedule: what the scheduler reads, the scheduled classes (for changing) and the settings.</summary>
public interface IScheduleStore
{
    /// <summary>
    /// Everything the scheduler reads for the season. The scheduled classes are tracked, so changes to them are stored
    /// by <see cref="SaveAsync"/>; the rest is read-only. A season without settings gets the defaults (not stored).
    /// </summary>
    Task<SeasonScheduleData> LoadAsync(int seasonId, CancellationToken cancellationToken);

    /// <summary>The season's stored settings for changing, or null when it has none yet.</summary>
    Task<ScheduleSettings?> FindSettingsAsync(int seasonId, CancellationToken cancellationToken);

    void Add(ScheduleSettings settings);

    void Add(ScheduledClass scheduledClass);

    /// <summary>The season's latest publication, or null when its schedule was never published.</summary>
    Task<SchedulePublication?> LatestPublicationAsync(int seasonId, CancellationToken cancellationToken);

    void Add(SchedulePublication publication);

    void Remove(ScheduledClass scheduledClass);

    /// <summary>The names of the people named, by id (missing ids are left out).</summary>
    Task<IReadOnlyDictionary<int, string>> PersonNamesAsync(IEnumerable<int> personIds, CancellationToken cancellationToken);

    /// <summary>Pieces as programmes print them, "Title (Composer)", by id.</summary>
    Task<IReadOnlyDictionary<int, string>> PieceTitlesAsync(IEnumerable<int> pieceIds, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);
}
