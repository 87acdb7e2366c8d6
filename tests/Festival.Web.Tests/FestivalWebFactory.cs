using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Domain.Accounts;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Festival.Web.Tests;

/// <summary>The whole web app, in memory, on a real SQLite file (or PostgreSQL). Rate limits are lifted unless a test sets them.</summary>
public class FestivalWebFactory(
    TestDatabase? sharedDatabase = null,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null,
    DatabaseProvider provider = DatabaseProvider.Sqlite)
    : WebApplicationFactory<Program>
{
    public const string Password = "Festival-2026";

    private readonly bool _ownsDatabase = sharedDatabase is null;

    public TestDatabase Database { get; } = sharedDatabase ?? new TestDatabase(provider);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(FestivalTestServices.Settings(Database))
        {
            ["Festival:RateLimits:RegisterPerMinute"] = "100000",
            ["Festival:RateLimits:SignInPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, speaks HTTPS (cookies are Secure).</summary>
    public WebSession Session() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>Registers through the real command, as the CLI does; returns the user id.</summary>
    public async Task<string> RegisterAsync(string email, string? displayName = null, bool admin = false, string? role = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var result = await mediator.Send(new RegisterUserCommand(email, Password, displayName));
        Assert.That(result.Succeeded, Is.True, result.ToString());
        if (admin)
        {
            Assert.That((await mediator.Send(new GrantRoleCommand(result.Value, RoleNames.Admin))).Succeeded, Is.True);
        }

        if (role is not null)
        {
            Assert.That((await mediator.Send(new GrantRoleCommand(result.Value, role))).Succeeded, Is.True, $"grant {role}");
        }

        return result.Value;
    }

    /// <summary>A signed-in session for a new account.</summary>
    public async Task<WebSession> SignedInAsync(string email, bool admin = false, string? role = null)
    {
        await RegisterAsync(email, admin: admin, role: role);
        var session = Session();
        var response = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect), "sign-in should redirect");
        return session;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
