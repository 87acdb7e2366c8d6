using System.Text.Json;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Publish;

/// <summary>Snapshots of published schedules, and what moved since the latest one.</summary>
internal static class SchedulePublishing
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Snapshot(ScheduleInput input, IEnumerable<ScheduledClass> rows) =>
        JsonSerializer.Serialize(Placements(input, rows), Json);

    public static IReadOnlyList<PublishedPlacement> Read(SchedulePublication publication) =>
        JsonSerializer.Deserialize<List<PublishedPlacement>>(publication.Snapshot, Json) ?? [];

    /// <summary>The class parts of <paramref name="rows"/> not where <paramref name="published"/> had them, by class and part.</summary>
    public static IReadOnlyList<ScheduleMove> Moves(IReadOnlyList<PublishedPlacement> published, ScheduleInput input, IEnumerable<ScheduledClass> rows)
    {
        var before = published.ToDictionary(p => (p.ClassId, p.Part));
        var now = Placements(input, rows).ToDictionary(p => (p.ClassId, p.Part));
        return
        [
            .. before.Keys.Union(now.Keys).Order()
                .Select(key => (Before: before.GetValueOrDefault(key), Now: now.GetValueOrDefault(key)))
                .Where(x => x.Before is null || x.Now is null || x.Before.SessionId != x.Now.SessionId || x.Before.Start != x.Now.Start
                    || x.Before.PartCount != x.Now.PartCount || !x.Before.EntryOrder.SequenceEqual(x.Now.EntryOrder))
                .Select(x =>
                {
                    var any = x.Now ?? x.Before!;
                    var moved = x.Before is null || x.Now is null || x.Before.SessionId != x.Now.SessionId || x.Before.Start != x.Now.Start;
                    return new ScheduleMove(any.ClassId, any.Code, any.Part, x.Before?.SessionId, x.Before?.Start, x.Now?.SessionId, x.Now?.Start,
                        OrderChanged: !moved);
                }),
        ];
    }

    /// <summary>Announces what moved when the season has a published schedule; does nothing otherwise or when nothing moved.</summary>
    public static async Task AnnounceChangesAsync(
        IScheduleStore store, IMediator mediator, ScheduleInput input, IEnumerable<ScheduledClass> rows, string? actorUserId, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        if (await store.LatestPublicationAsync(input.Data.SeasonId, cancellationToken) is not { } publication)
        {
            return;
        }

        var moves = Moves(Read(publication), input, rows);
        if (moves.Count > 0)
        {
            await mediator.Publish(new ScheduleChangedNotification(input.Data.SeasonId, publication.Version, moves, actorUserId, at), cancellationToken);
        }
    }

    private static List<PublishedPlacement> Placements(ScheduleInput input, IEnumerable<ScheduledClass> rows) =>
        [
            .. rows.OrderBy(r => r.ClassId).ThenBy(r => r.Part)
                .Select(r => new PublishedPlacement(r.ClassId, input.CodeOf(ScheduleIds.Class(r.ClassId)), r.Part, r.PartCount, r.SessionId, r.Start, r.EntryOrder)),
        ];
}
