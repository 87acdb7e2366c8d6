using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Register.Reactions;
using Festival.Application.Audit;
using Festival.Domain.Accounts;
using Festival.Testing.DropIn;

namespace Festival.Infrastructure.Tests.Accounts;

/// <summary>Registration through the real mediator, the real container and a real database: a SQLite file, and PostgreSQL.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class RegistrationFlowTests(DatabaseProvider provider)
{
    private const string Password = "Festival-2026";
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase(provider);

    [TearDown]
    public void TearDown() => _database.Dispose();

    private async Task<ServiceProvider> Services(Action<IServiceCollection>? configure = null, bool seedRoles = true)
    {
        var services = FestivalTestServices.Create(_database, configure);
        await services.MigrateDatabaseAsync();
        if (seedRoles)
        {
            await services.EnsureConfiguredRolesAsync();
        }

        return services;
    }

    private static async Task<Result<string>> Register(IServiceProvider services, string email, string? displayName = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterUserCommand(email, Password, displayName));
    }

    private static async Task<T> Query<T>(IServiceProvider services, Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    [Test]
    public async Task Registering_a_user_assigns_the_default_role_and_creates_one_primary_profile()
    {
        await using var services = await Services();

        var result = await Register(services, "ada@example.org", "Ada");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        var roles = await Query(services, db => (
            from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == result.Value select r.Name).ToListAsync());
        var profiles = await Query(services, db => db.Profiles.Where(p => p.UserId == result.Value).ToListAsync());
        Assert.That(roles, Is.EqualTo(new[] { RoleNames.User }));
        Assert.That(profiles, Has.Count.EqualTo(1));
        Assert.That(profiles[0], Has.Property("IsPrimary").True.And.Property("Email").EqualTo("ada@example.org").And.Property("DisplayName").EqualTo("Ada"));
    }

    [TestCase("ADA@example.org")]
    [TestCase("  ada@EXAMPLE.org ")]
    public async Task Registering_an_email_already_taken_in_another_letter_case_returns_EmailTaken(string again)
    {
        await using var services = await Services();
        await Register(services, "ada@example.org");

        var result = await Register(services, again);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("email_taken"));
        Assert.That(await Query(services, db => db.Users.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task An_email_typed_with_a_combining_accent_is_the_same_account_as_the_composed_one_and_is_stored_composed()
    {
        await using var services = await Services();
        const string composed = "j\u00F6rg@example.org";
        const string decomposed = "jo\u0308rg@example.org";

        var first = await Register(services, decomposed);
        var again = await Register(services, composed);

        Assert.That(first.Succeeded, Is.True, first.ToString());
        Assert.That(again.Errors.Single().Code, Is.EqualTo("email_taken"));
        var stored = await Query(services, db => db.Users.Select(u => new { u.Email, u.UserName }).SingleAsync());
        Assert.That(stored.Email, Is.EqualTo(composed));
        Assert.That(stored.UserName, Is.EqualTo(composed));
        Assert.That(await Query(services, db => db.Profiles.Select(p => p.Email).SingleAsync()), Is.EqualTo(composed));
    }

    [Test]
    public async Task A_throwing_reaction_rolls_back_the_user_its_role_and_its_profile()
    {
        await using var services = await Services(s => s.AddScoped<INotificationHandler<UserRegisteredNotification>, ThrowingHandler>());

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => Register(services, "ada@example.org"));

        Assert.That(thrown!.Message, Is.EqualTo("The reaction failed."));
        Assert.That(await Query(services, db => db.Users.CountAsync()), Is.Zero);
        Assert.That(await Query(services, db => db.UserRoles.CountAsync()), Is.Zero);
        Assert.That(await Query(services, db => db.Profiles.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task After_a_rolled_back_registration_the_same_email_can_register()
    {
        var fail = true;
        await using var services = await Services(s => s.AddScoped<INotificationHandler<UserRegisteredNotification>>(_ => new ThrowingHandler(() => fail)));
        Assert.ThrowsAsync<InvalidOperationException>(() => Register(services, "ada@example.org"));

        fail = false;
        var result = await Register(services, "ada@example.org");

        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(await Query(services, db => db.Profiles.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task The_container_runs_exactly_the_expected_reactions_to_a_registration()
    {
        await using var services = await Services();
        await using var scope = services.CreateAsyncScope();

        var handlers = scope.ServiceProvider.GetServices<INotificationHandler<UserRegisteredNotification>>().Select(h => h.GetType());

        Assert.That(handlers, Is.EquivalentTo(new[]
        {
            typeof(AssignDefaultRoleHandler), typeof(CreatePrimaryProfileHandler), typeof(WelcomeEmailHandler), typeof(AuditTrailHandler),
            typeof(RequestConfirmationOnRegistrationHandler), typeof(Festival.Application.People.Reactions.LinkImportedPeopleHandler),
        }));
    }

    [Test]
    public async Task A_reaction_dropped_into_a_scanned_assembly_runs_with_no_registration_of_its_own()
    {
        var log = new RegistrationLog();
        // The same scanning call AddApplication makes for its own assembly; nothing names the handler.
        await using var services = await Services(s => s.AddSingleton(log).AddHandlersFrom(typeof(RegistrationLog).Assembly));

        var result = await Register(services, "ada@example.org", "Ada");

        Assert.That(log.Seen.Select(n => (n.UserId, n.Email, n.DisplayName)), Is.EqualTo(new[] { (result.Value, "ada@example.org", (string?)"Ada") }));
    }

    [Test]
    public async Task Twenty_parallel_first_registrations_on_an_empty_database_all_succeed_and_share_one_User_role()
    {
        await using var services = await Services(seedRoles: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Register(services, $"user{i}@example.org"))));

        Assert.That(results.Where(r => !r.Succeeded).Select(r => r.ToString()), Is.Empty);
        Assert.That(await Query(services, db => db.Roles.CountAsync(r => r.Name == RoleNames.User)), Is.EqualTo(1));
        Assert.That(await Query(services, db => db.UserRoles.CountAsync()), Is.EqualTo(20));
        var permissions = await Query(services, db => db.RoleClaims.Select(c => c.ClaimValue).ToListAsync());
        Assert.That(permissions, Is.EquivalentTo(new[] { Permissions.UserRead, Permissions.UserWrite }));
    }

    private sealed class ThrowingHandler(Func<bool> shouldThrow) : INotificationHandler<UserRegisteredNotification>
    {
        public ThrowingHandler() : this(() => true)
        {
        }

        public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
            shouldThrow() ? throw new InvalidOperationException("The reaction failed.") : Task.CompletedTask;
    }
}
