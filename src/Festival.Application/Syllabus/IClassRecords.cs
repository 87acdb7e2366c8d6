using Festival.Domain.Entries;
using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus;

/// <summary>Classes one at a time, for editing.</summary>
public interface IClassRecords
{
    Task<FestivalClass?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>How messages name a class (<c>2105A</c>) when only its id is at hand.</summary>
    Task<string> CodeOfAsync(int classId, CancellationToken cancellationToken);

    /// <summary>The class's entries, to change (cancelling the class cancels them).</summary>
    Task<IReadOnlyList<Entry>> EntriesAsync(int classId, CancellationToken cancellationToken);

    /// <summary>Stores changes made to classes returned above.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}
