using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus;

/// <summary>The classes of each season.</summary>
public interface ISyllabus
{
    /// <summary>Every class of the season, tracked so that changes to them are saved by <see cref="SaveAsync"/>.</summary>
    Task<IReadOnlyList<FestivalClass>> ForSeasonAsync(int seasonId, CancellationToken cancellationToken);

    void Add(FestivalClass festivalClass);

    Task SaveAsync(CancellationToken cancellationToken);
}
