using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Festival.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Festival.LoadTest;

/// <summary>
/// Adjudicators on a festival day (<c>adjudicate</c>). Each seeded adjudicator account (1 … USERS, made by
/// <c>results-setup</c>) signs in with its own cookie, reads its one session's sheet, and then saves a result every
/// interval (2 s by default) for the run's minutes, as <c>wwwroot/js/adjudicate.js</c> does: <c>PUT
/// /api/adjudicate/results/{entryId}</c> with the next version, a mark and the comments typed so far (growing by a few
/// words each save), cycling over the session's entries. The clients start spread evenly over one interval, as real
/// adjudicators are not in step. Halfway, every tenth client replays an older version of an entry (a save that reached
/// the server late after a reconnection: it must be answered 409 <c>stale_version</c> and not stored) and resends its
/// last save unchanged (answered 200 <c>Duplicate</c>). At the end every entry's stored version, mark and comments
/// must equal the last save the server acknowledged, read back through the API and, with <c>--db</c>, from the file.
/// </summary>
internal static class AdjudicationRun
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static readonly string[] Words =
    [
        "lovely", "tone", "phrasing", "watch", "the", "balance", "between", "hands", "secure", "memory", "clear", "pulse",
        "warm", "sound", "more", "contrast", "in", "dynamics", "neat", "ornaments", "confident", "opening", "listen", "for",
    ];

    /// <summary>One adjudicator's client: its session, cookie, and what the server last acknowledged per entry.</summary>
    private sealed class Judge(int number, VisitorSession session)
    {
        public int Number { get; } = number;

        public VisitorSession Session { get; } = session;

        public int SessionId { get; set; }

        public int[] Entries { get; set; } = [];

        /// <summary>Per entry: the next version to send, and the comments typed so far.</summary>
        public Dictionary<int, (long Version, string Comments, string Mark)> Typed { get; } = [];

        /// <summary>Per entry: the last save the server acknowledged as applied.</summary>
        public Dictionary<int, (long Version, string Comments, string Mark)> Acknowledged { get; } = [];
    }

    public static async Task<int> RunAsync(DriverOptions o)
    {
        var interval = TimeSpan.FromMilliseconds(o.IntervalMs);
        var ticks = (int)Math.Max(1, Math.Round(o.Minutes * 60_000 / o.IntervalMs));
        Console.WriteLine($"Adjudication run '{o.Label}': {o.Users} adjudicators saving every {interval.TotalSeconds:0.###} s for {o.Minutes:0.##} min " +
            $"({ticks} saves each), {o.Url}, {Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        using var handler = LoadRun.Handler(o);
        handler.MaxConnectionsPerServer = o.Users + 8;
        using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(100) };
        await LoadRun.WaitHealthyAsync(http, TargetProfile.Festival.HealthPath);
        LoadRun.ServerPid = o.ServerPid;

        // Setup, untimed beyond its own line: the password work, then each judge's sheet.
        var signIn = new Operation("sign-in (API POST)");
        var sheet = new Operation("GET session sheet");
        var judges = new Judge?[o.Users];
        await LoadRun.Phase(o.Users, Math.Min(8, o.Users), [signIn, sheet], async i =>
        {
            var session = new VisitorSession(http, o.ForwardedProto);
            var login = new { email = DatabaseSeeder.EmailOf(i + 1), password = LoadRun.Password };
            if (await LoadRun.Timed(signIn, HttpStatusCode.OK, () => session.PostJsonAsync("/api/account/login", login, default)) is null || !session.Has("Festival.Auth"))
            {
                return;
            }

            var judge = new Judge(i + 1, session);
            if (await ReadSheetAsync(judge, sheet) is not null)
            {
                judges[i] = judge;
            }
        });
        var ready = judges.OfType<Judge>().ToArray();
        Console.WriteLine($"setup: {ready.Length} of {o.Users} adjudicators signed in with their session's sheet in {signIn.Result().Seconds:0.0} s " +
            $"({signIn.Result().Errors + sheet.Result().Errors} errors); entries per session: {string.Join(", ", ready.Select(j => j.Entries.Length).Distinct())}");
        if (ready.Length == 0)
        {
            return 1;
        }

        // Warm-up, untimed: one save per judge (JIT, EF Core's query cache, a connection each).
        var warm = new Operation("warm-up save");
        await Task.WhenAll(ready.Select(j => SaveAsync(j, j.Entries[0], warm, 0)));

        var save = new Operation("save (PUT result)");
        var replay = new Operation("replay older version");
        var resend = new Operation("resend same version");
        var late = 0;
        var replayed = new ConcurrentDictionary<int, string>();
        var loadBefore = Machine.LoadAverage();
        var serverBefore = o.ServerPid is { } pid ? Machine.CpuTime(pid) : null;
        var driverBefore = Environment.CpuUsage.TotalTime;
        var machineBefore = Machine.BusyCpuTime();
        MemorySampler? memory = o.ServerPid is { } sampled ? new MemorySampler(sampled) : null;
        foreach (var op in new[] { save, replay, resend })
        {
            op.Begin();
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            await Task.WhenAll(ready.Select((judge, n) => Task.Run(async () =>
            {
                var offset = interval * n / ready.Length;
                for (var k = 0; k < ticks; k++)
                {
                    var due = offset + (interval * k);
                    var wait = due - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                    else if (wait < TimeSpan.FromMilliseconds(-100))
                    {
                        Interlocked.Increment(ref late);
                    }

                    var entry = judge.Entries[k % judge.Entries.Length];
                    await SaveAsync(judge, entry, save, k + 1);
                    if (k == ticks / 2 && judge.Number % 10 == 1 && judge.Acknowledged.TryGetValue(entry, out var kept) && kept.Version > 1)
                    {
                        replayed[entry] = await ReplayAsync(judge, entry, kept, replay, resend);
                    }
                }
            })));
        }
        finally
        {
            save.End();
            replay.End();
            resend.End();
            if (memory is not null)
            {
                await memory.DisposeAsync();
            }
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var serverAfter = o.ServerPid is { } pidAfter ? Machine.CpuTime(pidAfter) : null;
        var driverAfter = Environment.CpuUsage.TotalTime;
        var machineAfter = Machine.BusyCpuTime();
        var loadAfter = Machine.LoadAverage();
        var saves = save.Result();
        var count = Math.Max(1, saves.Succeeded + saves.Errors);
        save.CpuMsPerItem = (
            serverBefore is { } sb && serverAfter is { } sa ? (sa - sb).TotalMilliseconds / count : null,
            (driverAfter - driverBefore).TotalMilliseconds / count,
            machineBefore is { } mb && machineAfter is { } ma ? (ma - mb).TotalMilliseconds / count : null);
        saves = save.Result();

        // Every entry's result, as the page shows it (the sheet through the API) and as stored (the file).
        var readBack = new Operation("GET session sheet (read back)");
        var shown = new ConcurrentDictionary<int, (long Version, string? Comments, string? Mark)>();
        await LoadRun.Phase(ready.Length, Math.Min(8, ready.Length), [readBack], async i =>
        {
            if (await ReadSheetAsync(ready[i], readBack, shown) is null)
            {
                readBack.Error("sheet not read");
            }
        });
        var acknowledged = ready.SelectMany(j => j.Acknowledged).ToDictionary(a => a.Key, a => a.Value);
        var lostThroughApi = Lost(acknowledged, shown);
        var stored = o.Database is { } file ? Stored(file) : null;
        var lostInDatabase = stored is null ? null : Lost(acknowledged, stored);
        IReadOnlyDictionary<int, (long Version, string? Comments, string? Mark)> final = stored is null ? shown : stored;
        var replayStored = replayed.Count(r => final.TryGetValue(r.Key, out var s) && s.Comments == r.Value);
        var serverLog = o.ServerLog is { } log && File.Exists(log) ? LoadRun.ServerLogFindings(log) : null;
        var operations = new[] { saves, replay.Result(), resend.Result(), readBack.Result() };
        var errors = operations.Sum(op => op.Errors);
        var ok = errors == 0 && lostThroughApi.Count == 0 && lostInDatabase is not { Count: > 0 } && replayStored == 0 && saves.P99Ms < 200;
        var result = new
        {
            Run = Machine.Run(o.Label, loadBefore, loadAfter),
            Url = o.Url.ToString(),
            Adjudicators = ready.Length,
            IntervalSeconds = interval.TotalSeconds,
            o.Minutes,
            Seconds = Math.Round(seconds, 1),
            Entries = acknowledged.Count,
            SavesPerSecond = Math.Round(saves.Succeeded / seconds, 2),
            LateSaves = late,
            Setup = new { SignIn = signIn.Result(), Sheet = sheet.Result() },
            Operations = operations,
            Replays = replayed.Count,
            ReplaysStored = replayStored,
            LostThroughApi = lostThroughApi,
            LostInDatabase = lostInDatabase,
            Targets = new { P99Ms = saves.P99Ms, P99Under200Ms = saves.P99Ms < 200, NoLostSave = lostThroughApi.Count == 0 && lostInDatabase is not { Count: > 0 }, NoErrors = errors == 0 },
            ServerMemory = memory is null ? null : new { o.ServerPid, PeakRssSampledMiB = memory.PeakSampledMiB, PeakRssHighWaterMarkMiB = memory.HighWaterMarkMiB },
            ServerLog = serverLog,
        };

        LoadRun.Print(operations);
        Console.WriteLine();
        Console.WriteLine($"saves: {saves.Succeeded} acknowledged in {seconds:0.0} s ({result.SavesPerSecond}/s), {saves.Errors} errors, {late} started over 100 ms late; " +
            $"p50 {saves.P50Ms} ms, p95 {saves.P95Ms} ms, p99 {saves.P99Ms} ms (target < 200), max {saves.MaxMs} ms; " +
            $"server CPU {saves.ServerCpuMsPerItem} ms per save, machine {saves.MachineCpuMsPerItem} ms");
        Console.WriteLine($"replays of an older version: {replayed.Count}, answered 409 stale_version {replay.Result().Succeeded}, stored {replayStored}; " +
            $"same version resent: answered Duplicate {resend.Result().Succeeded}");
        Console.WriteLine($"lost saves: {lostThroughApi.Count} of {acknowledged.Count} entries through the API" +
            (lostInDatabase is null ? "" : $", {lostInDatabase.Count} in the database") + (lostThroughApi.Count > 0 ? $" ({string.Join("; ", lostThroughApi.Take(5))})" : ""));
        if (memory is not null)
        {
            Console.WriteLine($"server peak memory: {memory.HighWaterMarkMiB} MiB (VmHWM)");
        }

        if (serverLog is not null)
        {
            Console.WriteLine($"server log: {serverLog.DatabaseLocked} \"database is locked\", {serverLog.FailLines} fail/crit lines");
        }

        Console.WriteLine($"load average before {loadBefore}, after {loadAfter}");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return ok ? 0 : 1;
    }

    /// <summary>The judge's one session and its entries (GET sessions, then the sheet); with <paramref name="shown"/>, each entry's result as shown.</summary>
    private static async Task<string?> ReadSheetAsync(Judge judge, Operation op, ConcurrentDictionary<int, (long, string?, string?)>? shown = null)
    {
        if (judge.SessionId == 0)
        {
            if (await LoadRun.Timed(op, HttpStatusCode.OK, () => judge.Session.GetAsync("/api/adjudicate/sessions", default)) is not { } list)
            {
                return null;
            }

            using var sessions = JsonDocument.Parse(list);
            if (sessions.RootElement.GetArrayLength() != 1)
            {
                op.Error("not exactly one session");
                return null;
            }

            judge.SessionId = sessions.RootElement[0].GetProperty("id").GetInt32();
        }

        if (await LoadRun.Timed(op, HttpStatusCode.OK, () => judge.Session.GetAsync($"/api/adjudicate/sessions/{judge.SessionId}", default)) is not { } body)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        var entries = new List<int>();
        foreach (var festivalClass in document.RootElement.GetProperty("classes").EnumerateArray())
        {
            foreach (var entry in festivalClass.GetProperty("entries").EnumerateArray())
            {
                var id = entry.GetProperty("entryId").GetInt32();
                entries.Add(id);
                var version = entry.GetProperty("version").GetInt64();
                shown?.TryAdd(id, (version, String(entry, "comments"), String(entry, "mark")));
                if (!judge.Typed.ContainsKey(id))
                {
                    judge.Typed[id] = (version, string.Empty, string.Empty);
                }
            }
        }

        judge.Entries = [.. entries];
        return body;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The next version of one entry: a few more words of comments and a mark, sent as the page sends it.</summary>
    private static async Task SaveAsync(Judge judge, int entry, Operation op, int tick)
    {
        var (version, comments, _) = judge.Typed[entry];
        version++;
        comments = (comments.Length > 7000 ? comments[..1000] : comments)
            + (comments.Length == 0 ? "" : " ") + $"{Words[(tick + entry) % Words.Length]} {Words[(tick * 7 + entry) % Words.Length]} ({tick})";
        var mark = (60 + ((tick + entry) % 41)).ToString(CultureInfo.InvariantCulture);
        judge.Typed[entry] = (version, comments, mark);
        var item = new { version, mark, comments, recommendation = "" };
        if (await LoadRun.Timed(op, HttpStatusCode.OK, () => judge.Session.PutJsonAsync($"/api/adjudicate/results/{entry}", item, default)) is not { } body)
        {
            return;
        }

        using var answer = JsonDocument.Parse(body);
        var kept = answer.RootElement.GetProperty("version").GetInt64();
        var outcome = answer.RootElement.GetProperty("outcome").GetString();
        if (kept != version || outcome != "Applied")
        {
            op.Error($"200 {outcome} at version {kept} for version {version}");
            return;
        }

        judge.Acknowledged[entry] = (version, comments, mark);
    }

    /// <summary>
    /// An older version arriving after a newer one (must be 409 stale_version, not stored), then the last save sent again
    /// unchanged (must be 200 Duplicate). Returns the replay's comments, which must never be what is stored.
    /// </summary>
    private static async Task<string> ReplayAsync(Judge judge, int entry, (long Version, string Comments, string Mark) kept, Operation replay, Operation resend)
    {
        var older = new { version = kept.Version - 1, mark = "61", comments = $"REPLAYED OLDER VERSION {kept.Version - 1} of entry {entry}", recommendation = "" };
        if (await LoadRun.Timed(replay, HttpStatusCode.Conflict, () => judge.Session.PutJsonAsync($"/api/adjudicate/results/{entry}", older, default)) is { } body)
        {
            using var problem = JsonDocument.Parse(body);
            if (String(problem.RootElement, "code") != "stale_version")
            {
                replay.Error("409 without stale_version");
            }
        }

        var same = new { version = kept.Version, mark = kept.Mark, comments = kept.Comments, recommendation = "" };
        if (await LoadRun.Timed(resend, HttpStatusCode.OK, () => judge.Session.PutJsonAsync($"/api/adjudicate/results/{entry}", same, default)) is { } again)
        {
            using var answer = JsonDocument.Parse(again);
            if (String(answer.RootElement, "outcome") != "Duplicate")
            {
                resend.Error("200 without Duplicate");
            }
        }

        return older.comments;
    }

    /// <summary>Entries whose stored or shown result is not the last acknowledged save.</summary>
    private static List<string> Lost(Dictionary<int, (long Version, string Comments, string Mark)> acknowledged, IReadOnlyDictionary<int, (long Version, string? Comments, string? Mark)> seen)
    {
        var lost = new List<string>();
        foreach (var (entry, last) in acknowledged.OrderBy(a => a.Key))
        {
            if (!seen.TryGetValue(entry, out var s))
            {
                lost.Add($"entry {entry}: no result");
            }
            else if (s.Version != last.Version || s.Comments != last.Comments || s.Mark != last.Mark)
            {
                lost.Add($"entry {entry}: version {s.Version} '{Tail(s.Comments)}' mark {s.Mark}, acknowledged {last.Version} '{Tail(last.Comments)}' mark {last.Mark}");
            }
        }

        return lost;
    }

    private static string Tail(string? text) => text is null ? "(none)" : text.Length <= 30 ? text : "…" + text[^30..];

    /// <summary>Every stored result in the SQLite file.</summary>
    private static Dictionary<int, (long Version, string? Comments, string? Mark)> Stored(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EntryId, Version, Comments, Mark FROM EntryResults";
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<int, (long, string?, string?)>();
        while (reader.Read())
        {
            stored[reader.GetInt32(0)] = (reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        return stored;
    }
}
