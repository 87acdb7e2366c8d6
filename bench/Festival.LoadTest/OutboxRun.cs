using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace Festival.LoadTest;

/// <summary>
/// Results through the outbox (<c>results-outbox</c>). Against a running server whose emails go to a pickup folder and a
/// database prepared by <c>results-setup --results --families F</c>: runs <c>results publish</c> (the real command line,
/// one transaction that queues one <c>ResultsEmail</c> per family), then waits while the server's outbox dispatcher
/// writes every email's comment sheets and certificates and delivers it. Reports the publish command's time, the
/// delivery's time, PDFs per second and time per PDF, the server's CPU per PDF and peak memory; then checks every queued
/// email was delivered and arrived once (one file per idempotency key, nothing else in the folder) with exactly the
/// attachments of its entries, and that every entry's comment sheet arrived exactly once.
/// </summary>
internal static class OutboxRun
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private sealed record Queued(string Key, int[] EntryIds, int Attempts, long? DeliveredTicks, long CreatedTicks, bool DeadLettered);

    public static async Task<int> RunAsync(DriverOptions o)
    {
        if (o.Database is not { } file || o.Exe is not { } exe || o.Pickup is not { } pickup)
        {
            throw new ArgumentException("results-outbox needs --db FILE, --exe PATH (the published Festival.Web) and --pickup FOLDER (the server's Festival:Email:PickupFolder)");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var (entries, placed) = Expected(connectionString);
        Console.WriteLine($"Results outbox run '{o.Label}': {entries} entries with results submitted by a family, {placed} placed (a certificate each), " +
            $"{Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        if (Directory.Exists(pickup) && Directory.EnumerateFileSystemEntries(pickup).Any())
        {
            throw new ArgumentException($"{pickup} must be empty before the run");
        }

        var loadBefore = Machine.LoadAverage();
        var serverBefore = o.ServerPid is { } pid ? Machine.CpuTime(pid) : null;
        MemorySampler? memory = o.ServerPid is { } sampled ? new MemorySampler(sampled) : null;
        var started = Stopwatch.GetTimestamp();
        var publish = await PublishAsync(exe, file, o.Season);
        var published = Stopwatch.GetElapsedTime(started);
        var publishedAt = DateTimeOffset.UtcNow;
        Console.WriteLine($"results publish: exit {publish.ExitCode} in {published.TotalSeconds:0.0} s: {publish.Output.Trim()}");
        if (publish.ExitCode != 0)
        {
            return 1;
        }

        // The dispatcher delivers while we watch the outbox table (read-only, a fresh connection each time).
        var deadline = TimeSpan.FromMinutes(o.TimeoutMinutes);
        var lastReport = TimeSpan.Zero;
        List<Queued> queued;
        while (true)
        {
            queued = Read(connectionString);
            var done = queued.Count(q => q.DeliveredTicks is not null || q.DeadLettered);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (queued.Count > 0 && done == queued.Count)
            {
                break;
            }

            if (elapsed - lastReport >= TimeSpan.FromSeconds(10))
            {
                lastReport = elapsed;
                Console.WriteLine($"  {elapsed.TotalSeconds:0}s: {done} of {queued.Count} emails delivered, load average {Machine.LoadAverage()}");
            }

            if (elapsed > deadline)
            {
                Console.WriteLine($"timed out after {deadline.TotalMinutes} min with {done} of {queued.Count} delivered");
                break;
            }

            await Task.Delay(250);
        }

        var wall = Stopwatch.GetElapsedTime(started);
        var serverAfter = o.ServerPid is { } pidAfter ? Machine.CpuTime(pidAfter) : null;
        if (memory is not null)
        {
            await memory.DisposeAsync();
        }

        var loadAfter = Machine.LoadAverage();
        var delivered = queued.Where(q => q.DeliveredTicks is not null).ToList();
        var firstCreated = queued.Count > 0 ? queued.Min(q => q.CreatedTicks) : 0;
        var firstDelivered = delivered.Count > 0 ? delivered.Min(q => q.DeliveredTicks!.Value) : 0;
        var lastDelivered = delivered.Count > 0 ? delivered.Max(q => q.DeliveredTicks!.Value) : 0;
        // From the moment the publishing transaction had committed (the command line returned) to the last delivery: the
        // dispatcher's poll interval is in it, as a family waiting for the email would see it.
        var deliverySeconds = delivered.Count > 0 ? Math.Max(0, (new DateTimeOffset(lastDelivered, TimeSpan.Zero) - publishedAt).TotalSeconds) : 0;
        var check = CheckPickup(pickup, queued);
        var pdfs = check.Sheets + check.Certificates;
        var serverCpu = serverBefore is { } b && serverAfter is { } a ? (a - b).TotalMilliseconds : (double?)null;
        var problems = new List<string>(check.Problems);
        if (delivered.Count != queued.Count)
        {
            problems.Add($"{queued.Count - delivered.Count} of {queued.Count} emails not delivered ({queued.Count(q => q.DeadLettered)} dead-lettered)");
        }

        if (check.Sheets != entries || check.DistinctSheets != entries)
        {
            problems.Add($"{check.Sheets} comment sheets ({check.DistinctSheets} distinct entries) for {entries} entries");
        }

        if (check.Certificates != placed)
        {
            problems.Add($"{check.Certificates} certificates for {placed} placed entries");
        }

        var result = new
        {
            Run = Machine.Run(o.Label, loadBefore, loadAfter),
            Entries = entries,
            Placed = placed,
            PublishSeconds = Math.Round(published.TotalSeconds, 2),
            EmailsQueued = queued.Count,
            EmailsDelivered = delivered.Count,
            Retried = queued.Count(q => q.Attempts > 1),
            DeadLettered = queued.Count(q => q.DeadLettered),
            Pdfs = pdfs,
            check.Sheets,
            check.Certificates,
            check.Files,
            AttachmentMiB = Math.Round(check.AttachmentBytes / 1048576.0, 1),
            WallSecondsFromPublishToLastDelivery = Math.Round(wall.TotalSeconds, 1),
            DeliverySecondsPublishedToLastDelivered = Math.Round(deliverySeconds, 1),
            DeliverySecondsQueuedToLastDelivered = Math.Round(TimeSpan.FromTicks(lastDelivered - firstCreated).TotalSeconds, 1),
            DeliverySecondsFirstToLastDelivered = Math.Round(TimeSpan.FromTicks(lastDelivered - firstDelivered).TotalSeconds, 1),
            PdfsPerSecond = deliverySeconds > 0 ? Math.Round(pdfs / deliverySeconds, 1) : 0,
            MsPerPdf = pdfs > 0 ? Math.Round(deliverySeconds * 1000 / pdfs, 2) : 0,
            ServerCpuMsPerPdf = serverCpu is { } cpu && pdfs > 0 ? Math.Round(cpu / pdfs, 2) : (double?)null,
            ServerCpuMsPerEmail = serverCpu is { } cpuEmail && delivered.Count > 0 ? Math.Round(cpuEmail / delivered.Count, 2) : (double?)null,
            ServerMemory = memory is null ? null : new { o.ServerPid, PeakRssSampledMiB = memory.PeakSampledMiB, PeakRssHighWaterMarkMiB = memory.HighWaterMarkMiB },
            ServerLog = o.ServerLog is { } log && File.Exists(log) ? LoadRun.ServerLogFindings(log) : null,
            Problems = problems,
        };

        Console.WriteLine();
        Console.WriteLine($"publish (results publish, one transaction queuing {queued.Count} emails): {result.PublishSeconds} s");
        Console.WriteLine($"delivery: {delivered.Count} of {queued.Count} emails with {pdfs} PDFs ({check.Sheets} comment sheets, {check.Certificates} certificates, " +
            $"{result.AttachmentMiB} MiB) in {result.DeliverySecondsPublishedToLastDelivered} s from the publish's commit to the last delivery (first to last delivery {result.DeliverySecondsFirstToLastDelivered} s): {result.PdfsPerSecond} PDFs/s, " +
            $"{result.MsPerPdf} ms per PDF; server CPU {result.ServerCpuMsPerPdf} ms per PDF ({result.ServerCpuMsPerEmail} ms per email); " +
            $"{result.Retried} delivered after a failed attempt, {result.DeadLettered} dead-lettered");
        if (memory is not null)
        {
            Console.WriteLine($"server peak memory: {memory.HighWaterMarkMiB} MiB (VmHWM), {memory.PeakSampledMiB} MiB sampled");
        }

        Console.WriteLine(problems.Count == 0
            ? $"check: every email arrived once ({check.Files} files, one per idempotency key) with its entries' sheets and certificates; every entry's sheet exactly once"
            : $"check FAILED: {string.Join("; ", problems.Take(10))}");
        Console.WriteLine($"load average before {loadBefore}, after {loadAfter}");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static (int Entries, int Placed) Expected(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), COALESCE(SUM(r.Placement IS NOT NULL), 0) FROM Entries e JOIN EntryResults r ON r.EntryId = e.Id
            JOIN ClassResults c ON c.ClassId = e.ClassId WHERE e.SubmittedByUserId IS NOT NULL AND c.SubmittedAt IS NOT NULL
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<(int ExitCode, string Output)> PublishAsync(string exe, string file, string season)
    {
        var start = new ProcessStartInfo(exe) { WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(exe)), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "results", "publish", "--season", season })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Festival"] = $"Data Source={file}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {exe}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static List<Queued> Read(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT IdempotencyKey, Payload, Attempts, DeliveredAt, CreatedAt, DeadLetteredAt IS NOT NULL FROM OutboxMessages WHERE IdempotencyKey LIKE 'results-published:%'";
        using var reader = command.ExecuteReader();
        var queued = new List<Queued>();
        while (reader.Read())
        {
            using var payload = JsonDocument.Parse(reader.GetString(1));
            var ids = payload.RootElement.EnumerateObject().First(p => p.Name.Equals("EntryIds", StringComparison.OrdinalIgnoreCase))
                .Value.EnumerateArray().Select(e => e.GetInt32()).ToArray();
            queued.Add(new Queued(reader.GetString(0), ids, reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetInt64(4), reader.GetBoolean(5)));
        }

        return queued;
    }

    private sealed record PickupCheck(int Files, int Sheets, int DistinctSheets, int Certificates, long AttachmentBytes, List<string> Problems);

    /// <summary>
    /// The pickup sender names each file after its idempotency key (a redelivery would replace it), so: exactly one file per
    /// queued email and nothing else (no half-written temporary file), each with its entries' sheets and no other's.
    /// </summary>
    private static PickupCheck CheckPickup(string pickup, List<Queued> queued)
    {
        var problems = new List<string>();
        var files = Directory.Exists(pickup) ? Directory.GetFiles(pickup).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal) : [];
        var sheetsSeen = new Dictionary<int, int>();
        var sheets = 0;
        var certificates = 0;
        long bytes = 0;
        foreach (var q in queued)
        {
            var name = $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(q.Key)))[..32]}.eml";
            if (!files.Remove(name))
            {
                problems.Add($"no file for {q.Key}");
                continue;
            }

            using var message = MimeMessage.Load(Path.Combine(pickup, name));
            var attached = message.Attachments.OfType<MimePart>().ToList();
            var expected = q.EntryIds.Select(id => $"-{id}.pdf").ToHashSet(StringComparer.Ordinal);
            foreach (var part in attached)
            {
                using var content = new MemoryStream();
                part.Content?.DecodeTo(content);
                bytes += content.Length;
                var fileName = part.FileName ?? "";
                var entry = expected.FirstOrDefault(e => fileName.EndsWith(e, StringComparison.Ordinal));
                if (entry is null || !content.ToArray().AsSpan(0, 5).SequenceEqual("%PDF-"u8))
                {
                    problems.Add($"{name}: unexpected attachment {fileName}");
                }
                else if (fileName.StartsWith("comment-sheet-", StringComparison.Ordinal))
                {
                    sheets++;
                    var id = int.Parse(entry[1..^4], CultureInfo.InvariantCulture);
                    sheetsSeen[id] = sheetsSeen.GetValueOrDefault(id) + 1;
                }
                else if (fileName.StartsWith("certificate-", StringComparison.Ordinal))
                {
                    certificates++;
                }
            }

            foreach (var id in q.EntryIds.Where(id => !attached.Any(a => a.FileName == null ? false : a.FileName.StartsWith("comment-sheet-", StringComparison.Ordinal) && a.FileName.EndsWith($"-{id}.pdf", StringComparison.Ordinal))))
            {
                problems.Add($"{name}: no comment sheet for entry {id}");
            }
        }

        problems.AddRange(files.Select(f => $"unexpected file {f}"));
        problems.AddRange(sheetsSeen.Where(s => s.Value > 1).Select(s => $"entry {s.Key}'s sheet arrived {s.Value} times"));
        return new PickupCheck(queued.Count - problems.Count(p => p.StartsWith("no file", StringComparison.Ordinal)), sheets, sheetsSeen.Count, certificates, bytes, problems);
    }
}
