using Festival.Application.Scheduling.Edit;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling;

/// <summary>Turns the engine's conflicts into what people read: class codes and people's names.</summary>
internal static class ScheduleConflicts
{
    public static async Task<IReadOnlyList<ScheduleConflictView>> ViewsAsync(
        IScheduleStore store, ScheduleInput input, IEnumerable<Conflict> conflicts, CancellationToken cancellationToken)
    {
        var list = conflicts.ToList();
        var names = await store.PersonNamesAsync(
            list.SelectMany(c => c.PersonIds).Where(ScheduleIds.IsPerson).Select(ScheduleIds.Number), cancellationToken);
        return
        [
            .. list
                .OrderByDescending(c => c.Severity).ThenBy(c => c.Kind).ThenBy(c => c.Message, StringComparer.Ordinal)
                .Select(c => new ScheduleConflictView(
                    c.Severity.ToString(),
                    c.Kind.ToString(),
                    c.Message,
                    [.. c.ClassIds.Distinct().Select(id => input.CodeOf(id))],
                    [
                        .. c.PersonIds.Where(ScheduleIds.IsPerson).Distinct()
                            .Select(id => new PersonRef(ScheduleIds.Number(id), names.GetValueOrDefault(ScheduleIds.Number(id)) ?? $"#{ScheduleIds.Number(id)}")),
                    ],
                    c.SessionId is { } s ? ScheduleIds.Number(s) : null)),
        ];
    }
}
