using Festival.Application.People.Managed;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries;

/// <summary>
/// Everything checked before an entry goes into a basket, and again when the basket is submitted: the entry window,
/// the class, the performers by relationship, the class rules, and that the performers are not entered in it already.
/// </summary>
public static class EntryCheck
{
    public sealed record Checked(FestivalClass Class, IReadOnlyList<Person> Performers);

    public static async Task<Result<Checked>> CheckAsync(
        this IOnlineEntries entries, IManagedPeople managed, Season season, string userId, bool asStaff, DateTimeOffset now,
        int classId, IReadOnlyList<int> personIds, IReadOnlyList<(string Title, string Composer, int Seconds)> pieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(season);
        var window = season.WindowAt(now);
        if (!asStaff && window is not (EntryWindow.Open or EntryWindow.Late))
        {
            return EntryErrors.Window(window, season.EntriesCloseAt);
        }

        if (await entries.FindClassAsync(season.Id, classId, cancellationToken) is not { } festivalClass)
        {
            return EntryErrors.ClassNotFound(classId);
        }

        if (festivalClass.IsCancelled)
        {
            return EntryErrors.ClassCancelled(festivalClass.Code);
        }

        var performers = await entries.PerformersAsync(managed, userId, asStaff, personIds, cancellationToken);
        if (!performers.Succeeded)
        {
            return Result<Checked>.Failed(performers.Errors);
        }

        var errors = EntryRules.Check(season, festivalClass, performers.Value, pieces);
        if (errors.Count > 0)
        {
            return Result<Checked>.Failed(errors);
        }

        if (await entries.EntryExistsAsync(festivalClass.Id, Domain.Entries.Entry.KeyFor(null, personIds), cancellationToken))
        {
            return EntryErrors.AlreadyEntered(festivalClass.Code, string.Join(", ", performers.Value.Select(p => p.Name)));
        }

        return Result<Checked>.Success(new Checked(festivalClass, performers.Value));
    }
}
