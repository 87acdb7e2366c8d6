using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Application.Audit;
using Festival.Application.Profiles.Update;
using Festival.Infrastructure.Tests.Outbox;

namespace Festival.Infrastructure.Tests.Audit;

/// <summary>The audit trail written by the real commands, in their transactions, and read back newest first.</summary>
public sealed class AuditTrailTests
{
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task Every_account_notification_is_recorded_once_and_listed_newest_first()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        var ada = (await host.RegisterAsync("ada@example.org", "Ada")).Value;
        var grace = (await host.RegisterAsync("grace@example.org")).Value;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await host.SendAsync(new RevokeRoleCommand(ada, "User", ActorId: grace))).Succeeded, Is.True);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await host.SendAsync(new GrantRoleCommand(ada, "User", ActorId: grace))).Succeeded, Is.True);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await host.SendAsync(new UpdateProfileCommand(ada, "Ada L", "+44 20 7946 0000", null))).Succeeded, Is.True);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await host.SendAsync(new ChangePasswordCommand(ada, OutboxTestHost.Password, "New-Festival-2027"))).Succeeded, Is.True);

        var trail = await host.SendAsync(new ListAuditEventsQuery(UserId: ada));

        Assert.That(trail.Items.Select(e => e.Type), Is.EqualTo(new[] { "PasswordChanged", "ProfileUpdated", "RoleGranted", "RoleRevoked", "UserRegistered" }));
        Assert.That(trail.Items.Select(e => e.At), Is.Ordered.Descending);
        Assert.That(trail.Items.Select(e => e.ActorUserId), Is.EqualTo(new[] { ada, ada, grace, grace, null }));
        Assert.That(trail.Items, Has.All.Property("SubjectUserId").EqualTo(ada).And.All.Property("IpAddress").Null, "no HTTP request here");
        Assert.That(trail.Items.Single(e => e.Type == "ProfileUpdated").Details, Does.Contain("\"changedFields\":[\"DisplayName\",\"Phone\"]"));
        Assert.That(trail.Items.Select(e => e.Details), Has.None.Contains("Festival-20").And.None.Contains("+44"), "no password and no changed values");
    }

    [Test]
    public async Task The_trail_filters_by_user_and_by_type_and_pages()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        for (var i = 0; i < 5; i++)
        {
            await host.RegisterAsync($"user{i}@example.org");
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await host.SendAsync(new ListAuditEventsQuery(Type: AuditEventTypes.UserRegistered, Page: 2, PageSize: 2));
        var none = await host.SendAsync(new ListAuditEventsQuery(Type: AuditEventTypes.PasswordChanged));

        Assert.That(page, Has.Property("TotalCount").EqualTo(5).And.Property("PageCount").EqualTo(3));
        Assert.That(page.Items.Select(e => e.Details), Is.EqualTo(new[] { "user2@example.org", "user1@example.org" }.Select(email => $"{{\"email\":\"{email}\",\"displayName\":null}}")));
        Assert.That(none.TotalCount, Is.Zero);
    }

    [Test]
    public async Task A_registration_that_rolls_back_leaves_no_audit_event()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database,
            configure: s => s.AddScoped<INotificationHandler<UserRegisteredNotification>, ThrowingHandler>());

        Assert.ThrowsAsync<InvalidOperationException>(() => host.RegisterAsync("ada@example.org"));

        Assert.That(await host.QueryAsync(db => db.AuditEvents.CountAsync()), Is.Zero);
    }

    private sealed class ThrowingHandler : INotificationHandler<UserRegisteredNotification>
    {
        public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The reaction failed.");
    }
}
