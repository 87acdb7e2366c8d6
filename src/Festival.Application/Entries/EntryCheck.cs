using Festival.Application.Invoices;
using Festival.Application.People.Managed;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries;

/// <summary>
/// Everything checked before an entry goes into a basket, and again when the basket is submitted: the entry window,
/// the class, the performers (named people or a group) by relationship, the class rules, and that the performers are
/// not entered in it already. A change to an entry repeats all but the last.
/// </summary>
public static class EntryCheck
{
    public sealed record Checked(FestivalClass Class, IReadOnlyList<Person> Performers);

    /// <summary>What a form typed for an entry, read: teacher and accompanist by profile code, and the pieces' durations.</summary>
    public sealed record Typed(int? TeacherId, int? AccompanistId, IReadOnlyList<(string Title, string Composer, int Seconds)> Pieces, IReadOnlyList<Error> Errors)
    {
        /// <summary>These errors and the check's; a piece whose duration could not be read is reported once, with the reason.</summary>
        public IReadOnlyList<Error> With(IEnumerable<Error> checkErrors)
        {
            ArgumentNullException.ThrowIfNull(checkErrors);
            var pieceFields = Errors.Select(e => e.Field).ToHashSet();
            return [.. Errors.Concat(checkErrors.Where(e => !pieceFields.Contains(e.Field)))];
        }
    }

    public static async Task<Result<Checked>> CheckAsync(
        this IOnlineEntries entries, IManagedPeople managed, Season season, string userId, bool asStaff, DateTimeOffset now,
        int classId, int? groupId, IReadOnlyList<int> personIds, IReadOnlyList<(string Title, string Composer, int Seconds)> pieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(season);
        if (WindowProblem(season, now, asStaff) is { } closed)
        {
            return closed;
        }

        if (await entries.FindClassAsync(season.Id, classId, cancellationToken) is not { } festivalClass)
        {
            return EntryErrors.ClassNotFound(classId);
        }

        if (festivalClass.IsCancelled)
        {
            return EntryErrors.ClassCancelled(festivalClass.Code);
        }

        var check = await entries.CheckRulesAsync(managed, season, userId, asStaff, festivalClass, groupId, personIds, pieces, cancellationToken);
        if (!check.Succeeded)
        {
            return check;
        }

        if (await entries.EntryExistsAsync(festivalClass.Id, Domain.Entries.Entry.KeyFor(groupId, personIds), cancellationToken))
        {
            return EntryErrors.AlreadyEntered(festivalClass.Code, groupId is null ? string.Join(", ", check.Value.Performers.Select(p => p.Name)) : "This group");
        }

        return check;
    }

    /// <summary>The performers by relationship (a group's performing members for a group) and the class rules.</summary>
    public static async Task<Result<Checked>> CheckRulesAsync(
        this IOnlineEntries entries, IManagedPeople managed, Season season, string userId, bool asStaff, FestivalClass festivalClass,
        int? groupId, IReadOnlyList<int> personIds, IReadOnlyList<(string Title, string Composer, int Seconds)> pieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var performers = groupId is { } group
            ? await entries.GroupPerformersAsync(managed, userId, asStaff, group, cancellationToken)
            : await entries.PerformersAsync(managed, userId, asStaff, personIds, cancellationToken);
        if (!performers.Succeeded)
        {
            return Result<Checked>.Failed(performers.Errors);
        }

        var errors = EntryRules.Check(season, festivalClass, performers.Value, pieces, asGroup: groupId is not null);
        return errors.Count > 0 ? Result<Checked>.Failed(errors) : Result<Checked>.Success(new Checked(festivalClass, performers.Value));
    }

    /// <summary>Why families cannot enter or change entries now (before opening, after the deadline or late window); null for staff.</summary>
    public static Error? WindowProblem(Season season, DateTimeOffset now, bool asStaff)
    {
        ArgumentNullException.ThrowIfNull(season);
        var window = season.WindowAt(now);
        return asStaff || window is EntryWindow.Open or EntryWindow.Late ? null : EntryErrors.Window(window, season.EntriesCloseAt);
    }

    /// <summary>
    /// Why the submitter may not change or withdraw this entry now: the window is shut, or the payer's payments cover
    /// their invoice (a paid entry is locked). Staff may always.
    /// </summary>
    public static async Task<Error?> LockedAsync(
        this IInvoices invoices, Season season, int entryId, string? payerUserId, DateTimeOffset now, bool asStaff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        if (WindowProblem(season, now, asStaff) is { } closed)
        {
            return closed;
        }

        return !asStaff && payerUserId is not null && await invoices.IsPaidAsync(season.Id, payerUserId, cancellationToken)
            ? InvoiceErrors.EntryPaid(entryId)
            : null;
    }

    /// <summary>Reads the typed teacher and accompanist codes and piece durations; errors name their fields.</summary>
    public static async Task<Typed> ReadTypedAsync(
        this IManagedPeople managed, string? teacherCode, string? accompanistCode, IReadOnlyList<PieceDraft> pieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(managed);
        var teacher = await managed.ByCodeAsync("TeacherCode", teacherCode, cancellationToken);
        var accompanist = await managed.ByCodeAsync("AccompanistCode", accompanistCode, cancellationToken);
        var (parsed, pieceErrors) = EntryRules.ParsePieces(pieces);
        return new Typed(
            teacher.Succeeded ? teacher.Value : null, accompanist.Succeeded ? accompanist.Value : null, parsed,
            [.. teacher.Errors, .. accompanist.Errors, .. pieceErrors]);
    }

    /// <summary>The shared pieces for typed repertoire, each with the timing typed for this entry.</summary>
    public static async Task<IReadOnlyList<(int PieceId, int DurationSeconds)>> PieceIdsAsync(
        this IOnlineEntries entries, IReadOnlyList<(string Title, string Composer, int Seconds)> pieces, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(pieces);
        var ids = new List<(int, int)>();
        foreach (var (title, composer, seconds) in pieces)
        {
            ids.Add((await entries.PieceIdAsync(title, composer, seconds, now, cancellationToken), seconds));
        }

        return ids;
    }
}
