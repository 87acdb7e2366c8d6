using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries;

/// <summary>Baskets and the entries families and teachers submit online.</summary>
public interface IOnlineEntries
{
    Task<FestivalClass?> FindClassAsync(int seasonId, int classId, CancellationToken cancellationToken);

    /// <summary>The people with these ids that exist, in the order asked.</summary>
    Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyList<int> personIds, CancellationToken cancellationToken);

    /// <summary>The group with its members, or null.</summary>
    Task<Group?> FindGroupAsync(int groupId, CancellationToken cancellationToken);

    Task AddBasketItemAsync(BasketItem item, CancellationToken cancellationToken);

    /// <summary>The account's basket for the season, oldest first.</summary>
    Task<IReadOnlyList<BasketItem>> BasketAsync(string userId, int seasonId, CancellationToken cancellationToken);

    Task<BasketItem?> FindBasketItemAsync(string userId, int itemId, CancellationToken cancellationToken);

    void Remove(BasketItem item);

    Task<bool> EntryExistsAsync(int classId, string participantKey, CancellationToken cancellationToken);

    /// <summary>The shared piece with this title and composer (compared as name keys), added when new; returns its id.</summary>
    Task<int> PieceIdAsync(string title, string composer, int durationSeconds, DateTimeOffset at, CancellationToken cancellationToken);

    Task AddEntryAsync(Entry entry, CancellationToken cancellationToken);

    Task<Entry?> FindEntryAsync(int entryId, CancellationToken cancellationToken);

    void Remove(Entry entry);

    /// <summary>Keeps what a withdrawn entry was, in the caller's transaction.</summary>
    Task AddWithdrawalAsync(EntryWithdrawal withdrawal, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>The basket as the account sees it: class, performers, pieces and the fee it would cost now.</summary>
    Task<IReadOnlyList<BasketLine>> BasketLinesAsync(string userId, int seasonId, CancellationToken cancellationToken);

    /// <summary>
    /// The season's entries an account may see: those it submitted, those of the people it enters (itself, its children,
    /// its students), and those it is teacher or accompanist of.
    /// </summary>
    Task<IReadOnlyList<EntryLine>> EntriesVisibleToAsync(string userId, int seasonId, CancellationToken cancellationToken);

    /// <summary>An entry as its edit form shows it: class, performers, repertoire, teacher and accompanist by profile code.</summary>
    Task<EntryForChange?> ForChangeAsync(int entryId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EntryLine>> DescribeAsync(IReadOnlyList<int> entryIds, CancellationToken cancellationToken);
}
