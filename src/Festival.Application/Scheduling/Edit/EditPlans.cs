using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Edit;

/// <summary>Works out each kind of manual edit as the placements of the edited classes after it; changes nothing.</summary>
internal static class EditPlans
{
    public static Result<EditPlan> Move(ScheduleInput input, int classId, int part, int sessionId, TimeOnly start)
    {
        if (input.EngineClass(classId) is not { } engineClass)
        {
            return ScheduleErrors.ClassNotFound(classId);
        }

        if (input.SessionOf(ScheduleIds.Session(sessionId)) is null)
        {
            return ScheduleErrors.SessionNotFound(sessionId);
        }

        var parts = PartsOf(input, classId);
        var session = ScheduleIds.Session(sessionId);
        IReadOnlyList<ClassPlacement> after;
        if (parts.Count == 0 && part == 1)
        {
            after = [new ClassPlacement(engineClass.Id, 1, 1, session, start, [.. engineClass.Entries.Select(e => e.Id)])];
        }
        else if (parts.FirstOrDefault(p => p.Part == part) is { } moved)
        {
            after = [.. parts.Select(p => p == moved ? p with { SessionId = session, Start = start } : p)];
        }
        else
        {
            return ScheduleErrors.PartNotFound(engineClass.Code, part);
        }

        return Result<EditPlan>.Success(new EditPlan("move", $"{Label(input, after.First(p => p.Part == part))} to session #{sessionId} at {start:HH\\:mm}", [classId], after));
    }

    public static Result<EditPlan> Swap(ScheduleInput input, int classA, int partA, int classB, int partB)
    {
        if (classA == classB && partA == partB)
        {
            return ScheduleErrors.SwapWithSelf;
        }

        if (Placed(input, classA, partA) is not { } a)
        {
            return Missing(input, classA, partA);
        }

        if (Placed(input, classB, partB) is not { } b)
        {
            return Missing(input, classB, partB);
        }

        var swapped = new Dictionary<ClassPlacement, ClassPlacement>
        {
            [a] = a with { SessionId = b.SessionId, Start = b.Start },
            [b] = b with { SessionId = a.SessionId, Start = a.Start },
        };
        var after = PartsOf(input, classA).Concat(classB == classA ? [] : PartsOf(input, classB))
            .Select(p => swapped.GetValueOrDefault(p) ?? p)
            .ToArray();
        return Result<EditPlan>.Success(new EditPlan("swap", $"{Label(input, a)} with {Label(input, b)}", [.. new[] { classA, classB }.Distinct()], after));
    }

    public static Result<EditPlan> Reorder(ScheduleInput input, int classId, int part, IReadOnlyList<int> entryOrder)
    {
        if (Placed(input, classId, part) is not { } placement)
        {
            return Missing(input, classId, part);
        }

        var order = entryOrder.Select(ScheduleIds.Entry).ToArray();
        if (order.Length != placement.EntryOrder.Count || !order.ToHashSet().SetEquals(placement.EntryOrder))
        {
            return ScheduleErrors.EntryOrderMismatch;
        }

        var after = PartsOf(input, classId).Select(p => p == placement ? p with { EntryOrder = order } : p).ToArray();
        return Result<EditPlan>.Success(new EditPlan("reorder", $"{Label(input, placement)}: entries {string.Join(", ", entryOrder)}", [classId], after));
    }

    public static Result<EditPlan> Pin(ScheduleInput input, PinClassCommand request)
    {
        var parts = PartsOf(input, request.ClassId);
        var first = parts.FirstOrDefault(p => p.Part == 1);
        if (request.Unpin || (request.SessionId is null && request.Start is null))
        {
            if (first is null)
            {
                return input.EngineClass(request.ClassId) is { } c ? ScheduleErrors.NotScheduled(c.Code) : ScheduleErrors.ClassNotFound(request.ClassId);
            }

            var kind = request.Unpin ? SchedulePinKind.None : SchedulePinKind.SessionAndTime;
            return Result<EditPlan>.Success(new EditPlan(request.Unpin ? "unpin" : "pin", $"{Label(input, first)} {(request.Unpin ? "released" : "pinned where it is")}",
                [request.ClassId], parts, (request.ClassId, kind)));
        }

        var sessionId = request.SessionId ?? ScheduleIds.Number(first?.SessionId ?? Guid.Empty);
        var session = input.SessionOf(ScheduleIds.Session(sessionId));
        if (session is null)
        {
            return request.SessionId is null ? ScheduleErrors.NotScheduled(input.EngineClass(request.ClassId)?.Code ?? $"#{request.ClassId}") : ScheduleErrors.SessionNotFound(sessionId);
        }

        // Pinned to a session only, a class already there keeps its time; one coming in starts with the session.
        var start = request.Start ?? (first is { } here && here.SessionId == ScheduleIds.Session(sessionId) ? here.Start : session.Start);
        var moved = Move(input, request.ClassId, 1, sessionId, start);
        if (!moved.Succeeded)
        {
            return moved;
        }

        var pin = request.Start is null ? SchedulePinKind.Session : SchedulePinKind.SessionAndTime;
        return Result<EditPlan>.Success(moved.Value with
        {
            Edit = "pin",
            Description = $"{moved.Value.Description} ({(pin == SchedulePinKind.Session ? "pinned to the session" : "pinned to the time")})",
            Pin = (request.ClassId, pin),
        });
    }

    private static List<ClassPlacement> PartsOf(ScheduleInput input, int classId) =>
        [.. input.Current.Placements.Where(p => p.ClassId == ScheduleIds.Class(classId)).OrderBy(p => p.Part)];

    private static ClassPlacement? Placed(ScheduleInput input, int classId, int part) =>
        PartsOf(input, classId).FirstOrDefault(p => p.Part == part);

    private static Error Missing(ScheduleInput input, int classId, int part) =>
        input.EngineClass(classId) is { } c ? ScheduleErrors.PartNotFound(c.Code, part) : ScheduleErrors.ClassNotFound(classId);

    private static string Label(ScheduleInput input, ClassPlacement placement) =>
        placement.PartCount > 1 ? $"{input.CodeOf(placement.ClassId)} part {placement.Part}/{placement.PartCount}" : input.CodeOf(placement.ClassId);
}
