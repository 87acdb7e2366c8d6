using Festival.Application.Accounts.Register;
using Festival.Application.Email;
using Festival.Infrastructure.Outbox;
using Festival.Testing.Email;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Festival.Infrastructure.Tests.Outbox;

/// <summary>
/// The real container on a real SQLite file, with time under the test's control and an email sender that records
/// what it sends. The dispatcher runs only when a test starts it; otherwise a test drives one pass at a time.
/// </summary>
internal sealed class OutboxTestHost : IAsyncDisposable
{
    public const string Password = "Festival-2026";
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly List<IHostedService> _started = [];

    private OutboxTestHost(ServiceProvider services, FakeTimeProvider clock, RecordingEmailSender sender)
    {
        Services = services;
        Clock = clock;
        Sender = sender;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingEmailSender Sender { get; }

    public OutboxProcessor Processor => Services.GetRequiredService<OutboxProcessor>();

    /// <summary>A container on <paramref name="database"/>. Pass a clock and a sender to share them with another host on the same file.</summary>
    public static async Task<OutboxTestHost> CreateAsync(
        TestDatabase database,
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        FakeTimeProvider? clock = null,
        RecordingEmailSender? sender = null,
        bool replaceSender = true)
    {
        clock ??= new FakeTimeProvider(Start);
        sender ??= new RecordingEmailSender();
        var all = new Dictionary<string, string?>
        {
            ["Festival:Outbox:BaseDelay"] = "00:00:10",
            ["Festival:Outbox:MaxDelay"] = "00:01:00",
            ["Festival:Outbox:MaxAttempts"] = "3",
            ["Festival:Outbox:PollInterval"] = "00:00:01",
            ["Festival:Outbox:BatchSize"] = "5",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var services = FestivalTestServices.Create(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            if (replaceSender)
            {
                s.AddSingleton<IEmailSender>(sender);
            }

            configure?.Invoke(s);
        }, all);
        await services.InitializeDatabaseAsync();
        return new OutboxTestHost(services, clock, sender);
    }

    /// <summary>Starts the hosted services (the dispatcher among them), as a running web app would.</summary>
    public async Task StartAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            _started.Add(hosted);
        }
    }

    public async Task<Result<string>> RegisterAsync(string email, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterUserCommand(email, Password, displayName));
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> QueryAsync<T>(Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    public Task<List<OutboxMessage>> MessagesAsync() => QueryAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
    }
}
