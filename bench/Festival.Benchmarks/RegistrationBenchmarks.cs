using BenchmarkDotNet.Attributes;
using Festival.Application.Accounts.Register;
using Festival.Infrastructure.Identity;
using Festival.Infrastructure.Persistence;
using Festival.Testing;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// A whole registration (validation, hash, transaction, default role, profile) through the real container on a real
/// SQLite file, with and without 32 no-op reactions dropped in. With the configured hasher it is what a user waits
/// for; with the hash stubbed out it is only the database and dispatch part, where the reactions weigh most.
/// "No extra reactions" means the product's own reactions to a registration, however many it has.
/// </summary>
[SlowJob]
public class RegistrationBenchmarks
{
    private const string Password = "Festival-2026";
    private static int _next;
    private readonly List<(TestDatabase Database, ServiceProvider Provider)> _hosts = [];
    private int _productReactions = -1;
    private ServiceProvider _plain = null!;
    private ServiceProvider _withReactions = null!;

    [Params("configured", "stubbed")]
    public string Hashing { get; set; } = "configured";

    [GlobalSetup]
    public async Task Setup()
    {
        _plain = await Host(extraHandlers: 0);
        _withReactions = await Host(extraHandlers: 32);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        foreach (var (database, provider) in _hosts)
        {
            await provider.DisposeAsync();
            database.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "Register, no extra reactions")]
    public Task<string> Register() => RegisterOn(_plain);

    [Benchmark(Description = "Register, 32 extra no-op reactions")]
    public Task<string> RegisterWith32Reactions() => RegisterOn(_withReactions);

    private static async Task<string> RegisterOn(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var email = $"bench{Interlocked.Increment(ref _next):D7}@example.org";
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterUserCommand(email, Password));
        return result.Succeeded ? result.Value : throw new InvalidOperationException(result.ToString());
    }

    private async Task<ServiceProvider> Host(int extraHandlers)
    {
        var database = new TestDatabase();
        var provider = FestivalTestServices.Create(database, services =>
        {
            if (extraHandlers > 0)
            {
                Festival.Application.DependencyInjection.AddHandlersFrom(services, HandlerAssemblies.WithNoOpHandlers(extraHandlers));
            }

            if (Hashing == "stubbed")
            {
                services.AddSingleton<IPasswordHasher<FestivalUser>, StubHasher>();
            }
        });
        _hosts.Add((database, provider));
        await provider.InitializeDatabaseAsync();
        await using var scope = provider.CreateAsyncScope();
        // The drop-ins must all be found, on top of whatever the product itself reacts with (the host without extras).
        var handlers = scope.ServiceProvider.GetServices<INotificationHandler<UserRegisteredNotification>>().Count();
        if (extraHandlers == 0)
        {
            _productReactions = handlers;
        }
        else if (handlers != _productReactions + extraHandlers)
        {
            throw new InvalidOperationException($"Expected {_productReactions} + {extraHandlers} reactions, found {handlers}.");
        }

        return provider;
    }

    private sealed class StubHasher : IPasswordHasher<FestivalUser>
    {
        public string HashPassword(FestivalUser user, string password) => "stub";

        public PasswordVerificationResult VerifyHashedPassword(FestivalUser user, string hashedPassword, string providedPassword) =>
            PasswordVerificationResult.Failed;
    }
}
