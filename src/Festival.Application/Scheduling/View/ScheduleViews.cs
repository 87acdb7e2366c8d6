using Festival.Application.Scheduling.Edit;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;

namespace Festival.Application.Scheduling.View;

/// <summary>Builds the <see cref="ScheduleView"/> of a season: the one read model of the grid, the API, exports and the programme.</summary>
internal static class ScheduleViews
{
    public static async Task<ScheduleView> LoadAsync(IScheduleStore store, Season season, CancellationToken cancellationToken) =>
        await BuildAsync(store, season, await store.LoadAsync(season.Id, cancellationToken), cancellationToken);

    /// <summary>The view of <paramref name="data"/>, already loaded by the caller, who reads more of it.</summary>
    public static async Task<ScheduleView> BuildAsync(IScheduleStore store, Season season, SeasonScheduleData data, CancellationToken cancellationToken)
    {
        var input = ScheduleInput.From(data);
        var groups = data.Groups.ToDictionary(g => g.Id);
        var entries = data.Entries.ToDictionary(e => e.Id);
        var adjudicators = data.Adjudicators.ToDictionary(a => a.Id);
        var names = await store.PersonNamesAsync(
            data.Entries.SelectMany(e => e.Participants.Select(p => p.PersonId).Concat(e.AccompanistId is { } a ? new[] { a } : []))
                .Concat(data.Groups.SelectMany(g => g.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId)))
                .Concat(data.Adjudicators.Select(a => a.PersonId)),
            cancellationToken);
        var pieces = await store.PieceTitlesAsync(data.Entries.SelectMany(e => e.Pieces.Select(p => p.PieceId)), cancellationToken);
        PersonRef Person(int id) => new(id, names.GetValueOrDefault(id) ?? $"#{id}");

        var slots = input.Problem.Sessions.ToDictionary(s => ScheduleIds.Number(s.Id));
        var entrySlots = input.Problem.Classes.SelectMany(c => c.Entries).ToDictionary(e => ScheduleIds.Number(e.Id), e => e.Slot);
        var summary = TimeSpan.FromSeconds(data.Settings.SummarySecondsPerClass);
        var classes = data.Classes.ToDictionary(c => c.Id);
        var bySession = data.Scheduled.ToLookup(s => s.SessionId);
        var venues = data.Venues.ToDictionary(v => v.Id);
        var rooms = data.Rooms.ToDictionary(r => r.Id);

        ScheduledEntryView Entry(int entryId, int position)
        {
            var entry = entries[entryId];
            var group = entry.GroupId is { } g ? groups.GetValueOrDefault(g) : null;
            var performers = group is null
                ? entry.Participants.OrderBy(p => p.Position).Select(p => Person(p.PersonId))
                : group.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => Person(m.PersonId)).OrderBy(p => p.Name, StringComparer.CurrentCulture);
            return new ScheduledEntryView(entryId, position, group?.Name, [.. performers], entry.AccompanistId is { } a ? Person(a) : null,
                [.. entry.Pieces.OrderBy(p => p.Position).Select(p => pieces.GetValueOrDefault(p.PieceId) ?? $"#{p.PieceId}")]);
        }

        ScheduledClassView Class(ScheduledClass scheduled, SessionSlot slot)
        {
            var festivalClass = classes[scheduled.ClassId];
            var order = scheduled.EntryOrder.Where(entries.ContainsKey).ToArray();
            var duration = order.Aggregate(summary, (total, id) => total + entrySlots.GetValueOrDefault(id));
            return new ScheduledClassView(
                festivalClass.Id, festivalClass.Code, festivalClass.Name, festivalClass.Discipline, scheduled.Part, scheduled.PartCount,
                scheduled.Start, slot.EndOf(scheduled.Start, duration), scheduled.Pin.ToString(),
                [.. order.Select((id, i) => Entry(id, i + 1))]);
        }

        var sessions = data.Sessions
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => venues[rooms[s.RoomId].VenueId].Name, StringComparer.CurrentCulture)
            .ThenBy(s => rooms[s.RoomId].Name, StringComparer.CurrentCulture)
            .Select(s =>
            {
                var room = rooms[s.RoomId];
                return new SessionView(
                    s.Id, room.VenueId, venues[room.VenueId].Name, room.Id, room.Name, s.Date, s.Start, s.End,
                    s.AdjudicatorId is { } a ? Person(adjudicators[a].PersonId) : null,
                    room.Disciplines,
                    [.. s.Breaks.OrderBy(b => b.Start).Select(b => new BreakView(b.Start, b.End))],
                    [.. bySession[s.Id].OrderBy(c => c.Start).Select(c => Class(c, slots[s.Id]))]);
            })
            .ToArray();

        var scheduledClasses = data.Scheduled.Select(s => s.ClassId).ToHashSet();
        var unscheduled = data.Classes
            .Where(c => !scheduledClasses.Contains(c.Id))
            .Select(c => new UnscheduledClass(c.Id, c.Code, c.Name, data.Entries.Count(e => e.ClassId == c.Id)))
            .Where(c => c.Entries > 0)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToArray();
        return new ScheduleView(season.Id, season.Name, sessions, unscheduled);
    }
}
