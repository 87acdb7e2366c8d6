using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Festival.LoadTest;

/// <summary>
/// Registers N distinct users (half through the JSON API, half through the HTML form with its antiforgery token), then
/// signs each in (API users through the API, form users through the form) and fetches /Dashboard K times per user.
/// </summary>
internal static class LoadRun
{
    public const string Password = "Festival-2026";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(DriverOptions o)
    {
        Console.WriteLine($"Festival load run '{o.Label}': {o.Users} users, concurrency {o.Concurrency}, {o.Url}, " +
            $"{Environment.ProcessorCount} cores, load average {Machine.LoadAverage()}");
        var hash = HashCeiling.Measure(o);
        Console.WriteLine($"hashing: {hash.Hasher} ({hash.Algorithm}): {hash.MillisecondsPerHash} ms per hash on one thread " +
            $"-> ceiling {hash.Cores} cores / {hash.MillisecondsPerHash} ms = {hash.CeilingPerSecond} registrations/s; " +
            $"hashing on all {hash.Cores} cores at once: {hash.AllCoresPerSecond} hashes/s ({hash.AllCoresScaling:P0} of the ceiling)");

        using var handler = Handler(o);
        using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(100) };
        await WaitHealthyAsync(http, o.Target.HealthPath);

        var run = $"{DateTime.UtcNow:HHmmss}{Environment.ProcessId % 1000:D3}";
        if (o.Warmup > 0)
        {
            // Untimed: the JIT, EF Core's query cache and the connection pool warm up before anything is measured.
            await FlowAsync(o, http, i => $"warm{run}-{i:D6}@load.festival.example", Math.Min(o.Warmup, o.Users));
            Console.WriteLine($"warm-up: {Math.Min(o.Warmup, o.Users)} users through every step, not counted");
        }

        var loadBefore = Machine.LoadAverage();
        ServerPid = o.ServerPid;
        MemorySampler? memory = o.ServerPid is { } pid ? new MemorySampler(pid) : null;
        Flow flow;
        try
        {
            flow = await FlowAsync(o, http, i => $"load{run}-{i:D6}@load.festival.example", o.Users);
        }
        finally
        {
            if (memory is not null)
            {
                await memory.DisposeAsync();
            }
        }

        var operations = flow.Operations.Select(op => op.Result()).ToArray();
        var registered = flow.Registered;
        var api = operations[0];
        var form = operations[2];
        var registrationSeconds = api.Seconds + form.Seconds;
        var overall = registrationSeconds > 0 ? Math.Round(registered / registrationSeconds, 2) : 0;
        var serverLog = o.ServerLog is { } log && File.Exists(log) ? ServerLogFindings(log) : null;
        var result = new
        {
            o.Label,
            MeasuredAtUtc = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            Machine = Machine.Describe(),
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = Machine.LoadAverage(),
            Url = o.Url.ToString(),
            o.Users,
            o.Concurrency,
            o.DashboardRequests,
            o.Warmup,
            Hashing = hash,
            Registration = new
            {
                ApiPerSecond = api.PerSecond,
                ApiFractionOfCeiling = Math.Round(api.PerSecond / hash.CeilingPerSecond, 3),
                FormPerSecond = Math.Round(form.Succeeded / Math.Max(form.Seconds, 1e-9), 2),
                FormFractionOfCeiling = Math.Round(form.Succeeded / Math.Max(form.Seconds, 1e-9) / hash.CeilingPerSecond, 3),
                BothPerSecond = overall,
                BothFractionOfCeiling = Math.Round(overall / hash.CeilingPerSecond, 3),
                ApiFractionOfAllCoresHashing = Math.Round(api.PerSecond / hash.AllCoresPerSecond, 3),
                FormFractionOfAllCoresHashing = Math.Round(form.Succeeded / Math.Max(form.Seconds, 1e-9) / hash.AllCoresPerSecond, 3),
            },
            Operations = operations,
            ErrorsTotal = operations.Sum(op => op.Errors),
            ServerMemory = memory is null ? null : new { o.ServerPid, PeakRssSampledMiB = memory.PeakSampledMiB, PeakRssHighWaterMarkMiB = memory.HighWaterMarkMiB },
            ServerLog = serverLog,
        };

        Print(result.Operations, hash, result.Registration.ApiFractionOfCeiling, result.Registration.FormFractionOfCeiling, overall);
        if (memory is not null)
        {
            Console.WriteLine($"server memory (PID {o.ServerPid}): peak RSS sampled every 100 ms {memory.PeakSampledMiB} MiB; VmHWM {memory.HighWaterMarkMiB} MiB");
        }

        if (serverLog is not null)
        {
            Console.WriteLine($"server log: {serverLog.DatabaseLocked} \"database is locked\", {serverLog.FailLines} fail/crit lines");
        }

        Console.WriteLine($"errors: {result.ErrorsTotal}; load average before {loadBefore}, after {result.LoadAverageAfter}");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return result.ErrorsTotal == 0 ? 0 : 1;
    }

    /// <summary>
    /// Cookies kept by each <see cref="VisitorSession"/>, redirects not followed; over HTTPS only the certificate given
    /// with <c>--certificate</c> (the bench's self-signed one) is trusted besides the machine's own roots.
    /// </summary>
    public static SocketsHttpHandler Handler(DriverOptions o)
    {
        var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = o.Concurrency };
        if (o.Certificate is { } path)
        {
            var pinned = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(path);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == pinned.GetCertHashString());
        }

        return handler;
    }

    private sealed record Flow(Operation[] Operations, long Registered);

    /// <summary>Every step for <paramref name="users"/> users: register, sign in, fetch /Dashboard. Each step is a timed phase.</summary>
    private static async Task<Flow> FlowAsync(DriverOptions o, HttpClient http, Func<int, string> email, int users)
    {
        var apiUsers = (users + 1) / 2;
        var formUsers = users - apiUsers;
        string Email(int i) => email(i);

        var registerApi = new Operation("register (API POST)");
        var registerFormGet = new Operation("GET /Account/Register");
        var registerForm = new Operation("register (form POST)");
        var signInApi = new Operation("sign-in (API POST)");
        var signInFormGet = new Operation("GET /Account/Login");
        var signInForm = new Operation("sign-in (form POST)");
        var dashboard = new Operation("GET /Dashboard");
        var signedIn = new VisitorSession?[users];
        var registered = 0L;

        await Phase(apiUsers, o.Concurrency, [registerApi], async i =>
        {
            var session = new VisitorSession(http, o.ForwardedProto);
            if (await Timed(registerApi, HttpStatusCode.Created, () => session.PostJsonAsync("/api/account/register", new { email = Email(i), password = Password }, default)) is not null)
            {
                Interlocked.Increment(ref registered);
            }
        });

        await Phase(formUsers, o.Concurrency, [registerFormGet, registerForm], async n =>
        {
            var i = apiUsers + n;
            var session = new VisitorSession(http, o.ForwardedProto);
            var page = await Timed(registerFormGet, HttpStatusCode.OK, () => session.GetAsync("/Account/Register", default));
            if (page is null || VisitorSession.AntiforgeryToken(page) is not { } token)
            {
                registerForm.Error("no form or antiforgery token");
                return;
            }

            if (await Timed(registerForm, HttpStatusCode.Redirect, () => session.PostFormAsync("/Account/Register",
                [
                    new("Input.Email", Email(i)), new("Input.Password", Password), new("Input.ConfirmPassword", Password),
                    new("Input.DisplayName", $"Load user {i}"), new("__RequestVerificationToken", token),
                ], default)) is not null)
            {
                Interlocked.Increment(ref registered);
            }
        });

        await Phase(apiUsers, o.Concurrency, [signInApi], async i =>
        {
            var session = new VisitorSession(http, o.ForwardedProto);
            if (await Timed(signInApi, HttpStatusCode.OK, () => session.PostJsonAsync("/api/account/login", new { email = Email(i), password = Password }, default)) is not null
                && session.Has("Festival.Auth"))
            {
                signedIn[i] = session;
            }
        });

        await Phase(formUsers, o.Concurrency, [signInFormGet, signInForm], async n =>
        {
            var i = apiUsers + n;
            var session = new VisitorSession(http, o.ForwardedProto);
            var page = await Timed(signInFormGet, HttpStatusCode.OK, () => session.GetAsync("/Account/Login", default));
            if (page is null || VisitorSession.AntiforgeryToken(page) is not { } token)
            {
                signInForm.Error("no form or antiforgery token");
                return;
            }

            if (await Timed(signInForm, HttpStatusCode.Redirect, () => session.PostFormAsync("/Account/Login",
                    [new("Input.Email", Email(i)), new("Input.Password", Password), new("__RequestVerificationToken", token)], default)) is not null
                && session.Has("Festival.Auth"))
            {
                signedIn[i] = session;
            }
        });

        var ready = signedIn.Where(s => s is not null).ToArray();
        await Phase(ready.Length * o.DashboardRequests, o.Concurrency, [dashboard], async n =>
        {
            var body = await Timed(dashboard, HttpStatusCode.OK, () => ready[n % ready.Length]!.GetAsync("/Dashboard", default));
            if (body is not null && !body.Contains("<h1>Dashboard</h1>", StringComparison.Ordinal))
            {
                dashboard.Error("200 without the dashboard (signed out?)");
            }
        });

        return new Flow([registerApi, registerFormGet, registerForm, signInApi, signInFormGet, signInForm, dashboard], Interlocked.Read(ref registered));
    }

    public sealed record LogFindings(int DatabaseLocked, int FailLines);

    public static LogFindings ServerLogFindings(string path)
    {
        var lines = File.ReadAllLines(path);
        return new LogFindings(
            lines.Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase)),
            lines.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)));
    }

    private static void Print(IEnumerable<OperationResult> operations, HashResult hash, double apiFraction, double formFraction, double overall)
    {
        Print(operations);
        Console.WriteLine();
        Console.WriteLine($"registrations/s: API {apiFraction * hash.CeilingPerSecond:0.00} ({apiFraction:P1} of the {hash.CeilingPerSecond} /s hashing ceiling), " +
            $"form {formFraction * hash.CeilingPerSecond:0.00} ({formFraction:P1}), both {overall:0.00}");
    }

    public static void Print(IEnumerable<OperationResult> operations)
    {
        Console.WriteLine();
        Console.WriteLine($"{"operation",-24} {"ok",6} {"errors",6} {"seconds",8} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"srv cpu",8} {"drv cpu",8}  errors by status");
        foreach (var op in operations)
        {
            Console.WriteLine($"{op.Operation,-24} {op.Succeeded,6} {op.Errors,6} {op.Seconds,8:0.00} {op.PerSecond,8:0.0} {op.P50Ms,8:0.0} {op.P95Ms,8:0.0} {op.P99Ms,8:0.0} {op.MaxMs,8:0.0} {op.ServerCpuMsPerItem,8:0.0} {op.DriverCpuMsPerItem,8:0.0}  " +
                string.Join(", ", op.ErrorsByKind.Select(e => $"{e.Key}: {e.Value}")));
        }

        Console.WriteLine("(srv cpu / drv cpu: CPU milliseconds the server / this driver spent per item of the phase: per user, or per request for a signed-in page)");
    }

    /// <summary>Runs <paramref name="count"/> items of work on <paramref name="concurrency"/> workers; the operations are timed over the phase.</summary>
    public static async Task Phase(int count, int concurrency, Operation[] operations, Func<int, Task> work)
    {
        var next = -1;
        var serverBefore = ServerPid is { } pid ? Machine.CpuTime(pid) : null;
        var driverBefore = Environment.CpuUsage.TotalTime;
        var machineBefore = Machine.BusyCpuTime();
        foreach (var op in operations)
        {
            op.Begin();
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await work(i);
            }
        })));
        var serverAfter = ServerPid is { } pidAfter ? Machine.CpuTime(pidAfter) : null;
        var driverAfter = Environment.CpuUsage.TotalTime;
        var machineAfter = Machine.BusyCpuTime();
        foreach (var op in operations)
        {
            op.End();
            op.CpuMsPerItem = (
                serverBefore is { } b && serverAfter is { } a && count > 0 ? (a - b).TotalMilliseconds / count : null,
                count > 0 ? (driverAfter - driverBefore).TotalMilliseconds / count : 0,
                machineBefore is { } mb && machineAfter is { } ma && count > 0 ? (ma - mb).TotalMilliseconds / count : null);
        }
    }

    /// <summary>The server whose CPU time the phases read (set once per run).</summary>
    public static int? ServerPid { get; set; }

    /// <summary>Sends one request; records its latency when it answers <paramref name="expected"/>, its status otherwise. Returns the body on success.</summary>
    public static async Task<string?> Timed(Operation op, HttpStatusCode expected, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode == expected)
            {
                op.Ok(elapsed);
                return body;
            }

            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            op.Error(body.Contains("locked", StringComparison.OrdinalIgnoreCase) ? status + " database is locked" : status);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            op.Error(ex.GetType().Name);
            return null;
        }
    }

    public static async Task WaitHealthyAsync(HttpClient http, string healthPath)
    {
        var deadline = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(healthPath, UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not up yet
            }

            if (Stopwatch.GetElapsedTime(deadline) > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"{http.BaseAddress}{healthPath.TrimStart('/')} did not answer 200 within 60 s.");
            }

            await Task.Delay(200);
        }
    }
}
