using System.Net;
using System.Text.Json;

namespace Festival.LoadTest;

/// <summary>
/// The registration comparison: N users register through the target's form (GET the form, POST it with its antiforgery
/// token, GET the page it redirects to, signed in), then every new session requests the target's signed-in page K times.
/// The same steps for Festival and for the stock Identity template, so only their ratio is compared.
/// </summary>
internal static class RegisterRun
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(DriverOptions o)
    {
        var target = o.Target;
        Console.WriteLine($"Registration run '{o.Label}' against {target.Name}: {o.Users} form registrations, concurrency {o.Concurrency}, " +
            $"{o.PageRequests} signed-in page requests per user, {o.Url}, load average {Machine.LoadAverage()}");
        using var handler = LoadRun.Handler(o);
        using var http = new HttpClient(handler) { BaseAddress = o.Url, Timeout = TimeSpan.FromSeconds(100) };
        await LoadRun.WaitHealthyAsync(http, target.HealthPath);

        var run = $"{DateTime.UtcNow:HHmmss}{Environment.ProcessId % 1000:D3}";
        if (o.Warmup > 0)
        {
            await FlowAsync(o, http, i => $"warm{run}-{i:D6}@load.festival.example", o.Warmup);
            Console.WriteLine($"warm-up: {o.Warmup} users through every step, not counted");
        }

        var loadBefore = Machine.LoadAverage();
        LoadRun.ServerPid = o.ServerPid;
        var operations = (await FlowAsync(o, http, i => $"reg{run}-{i:D6}@load.festival.example", o.Users)).Select(op => op.Result()).ToArray();
        var result = new
        {
            o.Label,
            Target = target.Name,
            MeasuredAtUtc = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            Machine = Machine.Describe(),
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = Machine.LoadAverage(),
            Url = o.Url.ToString(),
            o.Users,
            o.Concurrency,
            o.PageRequests,
            o.Warmup,
            Operations = operations,
            ErrorsTotal = operations.Sum(op => op.Errors),
        };

        LoadRun.Print(operations);
        Console.WriteLine($"errors: {result.ErrorsTotal}; load average before {loadBefore}, after {result.LoadAverageAfter}");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return result.ErrorsTotal == 0 ? 0 : 1;
    }

    /// <summary>Registration (form, POST, redirect target) as one timed phase; then the signed-in page as another.</summary>
    private static async Task<Operation[]> FlowAsync(DriverOptions o, HttpClient http, Func<int, string> email, int users)
    {
        var target = o.Target;
        var form = new Operation($"GET {target.RegisterPath}");
        var post = new Operation("register (form POST)");
        var landing = new Operation("GET redirect target");
        var page = new Operation($"GET {target.SignedInPath} signed in");
        var signedIn = new VisitorSession?[users];

        await LoadRun.Phase(users, o.Concurrency, [form, post, landing], async i =>
        {
            var session = new VisitorSession(http, o.ForwardedProto);
            var html = await LoadRun.Timed(form, HttpStatusCode.OK, () => session.GetAsync(target.RegisterPath, default));
            if (html is null || VisitorSession.AntiforgeryToken(html) is not { } token)
            {
                post.Error("no form or antiforgery token");
                return;
            }

            Uri? location = null;
            var fields = target.RegisterFields(email(i), LoadRun.Password, i).Append(new("__RequestVerificationToken", token));
            if (await LoadRun.Timed(post, HttpStatusCode.Redirect, async () =>
                {
                    var response = await session.PostFormAsync(target.RegisterPath, fields, default);
                    location = response.Headers.Location;
                    return response;
                }) is null)
            {
                return;
            }

            if (!session.Has(target.AuthCookie) || location is null)
            {
                post.Error("302 without the sign-in cookie");
                return;
            }

            // A browser follows the redirect: the page it lands on is part of what a registration costs the server.
            var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            if (await LoadRun.Timed(landing, HttpStatusCode.OK, () => session.GetAsync(path, default)) is not null)
            {
                signedIn[i] = session;
            }
        });

        var ready = signedIn.Where(s => s is not null).ToArray();
        await LoadRun.Phase(ready.Length * o.PageRequests, o.Concurrency, [page], async n =>
        {
            var body = await LoadRun.Timed(page, HttpStatusCode.OK, () => ready[n % ready.Length]!.GetAsync(target.SignedInPath, default));
            if (body is not null && !body.Contains(target.SignedInMarker, StringComparison.Ordinal))
            {
                page.Error("200 without the signed-in page (signed out?)");
            }
        });

        return [form, post, landing, page];
    }
}
