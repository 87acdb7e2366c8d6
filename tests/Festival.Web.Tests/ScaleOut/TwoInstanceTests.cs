using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.ScaleOut;

/// <summary>
/// Two app instances on one PostgreSQL database behind nginx (<see cref="TwoInstancesBehindNginx"/>, started once for
/// these tests): sessions, registrations and the outbox work across them, and killing one loses nothing acknowledged.
/// </summary>
[NonParallelizable]
public sealed class TwoInstanceTests
{
    private const string Password = FestivalWebFactory.Password;
    private TwoInstancesBehindNginx _site = null!;

    [OneTimeSetUp]
    public async Task StartSite() => _site = await TwoInstancesBehindNginx.StartAsync();

    [OneTimeTearDown]
    public Task StopSite() => _site.DisposeAsync().AsTask();

    private static Task<HttpResponseMessage> Register(HttpClient client, string email) =>
        client.PostAsJsonAsync("/api/account/register", new { email, password = Password });

    [Test]
    [Order(1)]
    public async Task A_session_signed_in_through_nginx_is_served_by_either_instance()
    {
        using var visitor = _site.Visitor();
        Assert.That((await Register(visitor, "both@example.org")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var signIn = await visitor.PostAsJsonAsync("/api/account/login", new { email = "both@example.org", password = Password });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Festival.Auth=", StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("secure"), "the instance knew it was reached over HTTPS");

        foreach (var instance in new[] { 0, 1 })
        {
            using var direct = _site.Direct(instance);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/account/me", UriKind.Relative));
            request.Headers.Add("Cookie", cookie.Split(';')[0]);
            var me = await direct.SendAsync(request);
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"instance {instance} reads the session");
        }

        // And the pages, through nginx, whichever instance answers each request.
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await visitor.GetAsync(new Uri("/Dashboard", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    [Order(2)]
    public async Task Registering_the_same_emails_through_both_instances_at_once_makes_one_account_each_and_one_welcome_email_each()
    {
        var emails = Enumerable.Range(0, 40).Select(i => $"both{i}@example.org").ToArray();
        using var first = _site.Direct(0);
        using var second = _site.Direct(1);

        var answers = await Task.WhenAll(emails.SelectMany(email => new[] { first, second }.Select(client => Task.Run(async () =>
            (email, (await Register(client, email)).StatusCode)))));

        Assert.That(answers.Where(a => a.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict)), Is.Empty);
        Assert.That(answers.GroupBy(a => a.email).Select(g => g.Count(a => a.StatusCode == HttpStatusCode.Created)), Is.All.EqualTo(1));
        await using var services = FestivalTestServices.Create(_site.Database);
        var report = await services.CheckDatabaseAsync();
        Assert.That(report.Problems, Is.Empty);

        // Both instances run the dispatcher; each welcome email is claimed by one of them and sent once.
        await Wait.UntilAsync(() => Task.FromResult(emails.All(e => Recipients().Contains(e))), "a welcome email for every account", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // several poll intervals of both dispatchers: time for a duplicate to show
        var sent = _site.Smtp.Received.SelectMany(m => m.Recipients).Where(emails.Contains).ToList();
        Assert.That(sent, Is.EquivalentTo(emails), "exactly one email per account");
    }

    [Test]
    [Order(3)]
    public async Task Killing_one_instance_mid_load_the_other_keeps_serving_and_nothing_acknowledged_is_lost()
    {
        var acknowledged = new ConcurrentBag<string>();
        var acknowledgedAfterKill = 0;
        var killed = false;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            using var visitor = _site.Visitor();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"kill{worker}-{i}@example.org";
                try
                {
                    if ((await Register(visitor, email)).StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add(email);
                        if (Volatile.Read(ref killed))
                        {
                            Interlocked.Increment(ref acknowledgedAfterKill);
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // The outcome of a request in flight when its instance died is unknown, and that is allowed.
                }
            }
        })).ToArray();

        await Wait.UntilAsync(() => Task.FromResult(acknowledged.Count >= 20), "registrations before the kill", TimeSpan.FromSeconds(90));
        _site.InstanceProcesses[0].Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flushing
        await _site.InstanceProcesses[0].WaitForExitAsync();
        Volatile.Write(ref killed, true);
        await Wait.UntilAsync(() => Task.FromResult(Volatile.Read(ref acknowledgedAfterKill) >= 20), "registrations served by the survivor", TimeSpan.FromSeconds(90));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        await using var services = FestivalTestServices.Create(_site.Database);
        var report = await services.CheckDatabaseAsync();
        Assert.That(report.Problems, Is.Empty, "db check");
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().Users.Select(u => u.Email!).ToListAsync();
        Assert.That(stored, Is.SupersetOf(acknowledged), "every 201 is stored");

        // The welcome emails the killed instance had enqueued or claimed are delivered by the survivor.
        await Wait.UntilAsync(() => Task.FromResult(acknowledged.All(Recipients().Contains)), "a welcome email for every acknowledged account", TimeSpan.FromSeconds(60));
    }

    private HashSet<string> Recipients() => _site.Smtp.Received.SelectMany(m => m.Recipients).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
