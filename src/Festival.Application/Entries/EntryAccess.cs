using Festival.Application.People.Managed;
using Festival.Domain.People;

namespace Festival.Application.Entries;

/// <summary>Checks a draft's people by relationship and finds teacher and accompanist by profile code.</summary>
public static class EntryAccess
{
    /// <summary>The performers, when every one is a person the account enters (staff may enter anyone); otherwise the error.</summary>
    public static async Task<Result<IReadOnlyList<Person>>> PerformersAsync(
        this IOnlineEntries entries, IManagedPeople managed, string userId, bool asStaff, IReadOnlyList<int> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(personIds);
        foreach (var id in personIds.Distinct())
        {
            if (!asStaff && !await managed.ManagesAsync(userId, id, cancellationToken))
            {
                return ManagedPeopleErrors.PersonNotFound(id);
            }
        }

        var people = await entries.FindPeopleAsync(personIds, cancellationToken);
        return people.Count == personIds.Count
            ? Result<IReadOnlyList<Person>>.Success(people)
            : ManagedPeopleErrors.PersonNotFound(personIds.First(id => people.All(p => p.Id != id)));
    }

    /// <summary>
    /// A group's performing members, when the account enters the group (is its contact; staff enter any); otherwise the
    /// same not-found answer as for a group that does not exist.
    /// </summary>
    public static async Task<Result<IReadOnlyList<Person>>> GroupPerformersAsync(
        this IOnlineEntries entries, IManagedPeople managed, string userId, bool asStaff, int groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(managed);
        if ((!asStaff && !await managed.ManagesGroupAsync(userId, groupId, cancellationToken))
            || await entries.FindGroupAsync(groupId, cancellationToken) is not { } group)
        {
            return ManagedPeopleErrors.GroupNotFound(groupId);
        }

        return Result<IReadOnlyList<Person>>.Success(await entries.FindPeopleAsync(
            [.. group.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId)], cancellationToken));
    }

    /// <summary>The person holding <paramref name="code"/>, or null for no code; an error for a code nobody holds.</summary>
    public static async Task<Result<int?>> ByCodeAsync(this IManagedPeople managed, string field, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(managed);
        if (string.IsNullOrWhiteSpace(code))
        {
            return Result<int?>.Success(null);
        }

        if (ProfileCode.Normalize(code) is not { } normalized)
        {
            return EntryErrors.CodeInvalid(field);
        }

        return await managed.FindByCodeAsync(normalized, cancellationToken) is { } person
            ? Result<int?>.Success(person.Id)
            : EntryErrors.CodeNotFound(field, normalized);
    }
}
