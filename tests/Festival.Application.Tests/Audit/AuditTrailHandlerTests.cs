using System.Text.Json;
using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Application.Audit;
using Festival.Application.Profiles.Update;
using Festival.Domain.Audit;

namespace Festival.Application.Tests.Audit;

public sealed class AuditTrailHandlerTests
{
    private readonly IAuditTrail _trail = Substitute.For<IAuditTrail>();
    private readonly IRequestContext _request = Substitute.For<IRequestContext>();
    private readonly List<AuditEvent> _recorded = [];

    public AuditTrailHandlerTests()
    {
        _trail.AddAsync(Arg.Do<AuditEvent>(_recorded.Add), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);
        _request.IpAddress.Returns("203.0.113.7");
        // A substitute answers "" for a string; nobody is signed in unless a test says so.
        _request.UserId.Returns((string?)null);
    }

    private AuditTrailHandler Handler => new(_trail, _request);

    private static Dictionary<string, JsonElement> Details(AuditEvent e) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(e.Details)!;

    [Test]
    public async Task A_registration_is_recorded_with_the_email_and_display_name_and_the_requests_IP_address()
    {
        await Handler.Handle(new UserRegisteredNotification("user-1", "ada@example.org", "Ada", Fakes.Now), CancellationToken.None);

        var recorded = _recorded.Single();
        Assert.That(recorded, Has.Property("Type").EqualTo("UserRegistered").And.Property("SubjectUserId").EqualTo("user-1")
            .And.Property("ActorUserId").Null.And.Property("At").EqualTo(Fakes.Now).And.Property("IpAddress").EqualTo("203.0.113.7"));
        Assert.That(Details(recorded).ToDictionary(p => p.Key, p => p.Value.GetString()),
            Is.EquivalentTo(new Dictionary<string, string?> { ["email"] = "ada@example.org", ["displayName"] = "Ada" }));
    }

    [Test]
    public async Task A_registration_by_a_signed_in_administrator_names_them_as_the_actor()
    {
        _request.UserId.Returns("admin-1");

        await Handler.Handle(new UserRegisteredNotification("user-1", "ada@example.org", null, Fakes.Now), CancellationToken.None);

        Assert.That(_recorded.Single().ActorUserId, Is.EqualTo("admin-1"));
    }

    [Test]
    public async Task Granting_and_revoking_a_role_are_recorded_with_the_role_and_the_acting_user()
    {
        await Handler.Handle(new RoleGrantedNotification("user-1", "ada@example.org", "Admin", "admin-1", Fakes.Now), CancellationToken.None);
        await Handler.Handle(new RoleRevokedNotification("user-1", "ada@example.org", "Admin", null, Fakes.Now.AddMinutes(1)), CancellationToken.None);

        Assert.That(_recorded.Select(e => (e.Type, e.SubjectUserId, e.ActorUserId, Details(e)["role"].GetString())),
            Is.EqualTo(new[] { ("RoleGranted", "user-1", (string?)"admin-1", (string?)"Admin"), ("RoleRevoked", "user-1", null, "Admin") }));
    }

    [Test]
    public async Task A_profile_update_is_recorded_with_the_names_of_the_changed_fields_not_their_values()
    {
        await Handler.Handle(new ProfileUpdatedNotification("user-1", "ada@example.org", ["Phone", "School"], Fakes.Now), CancellationToken.None);

        var recorded = _recorded.Single();
        Assert.That(recorded.Type, Is.EqualTo("ProfileUpdated"));
        Assert.That(recorded.ActorUserId, Is.EqualTo("user-1"), "a user updates their own profile");
        Assert.That(Details(recorded)["changedFields"].EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "Phone", "School" }));
    }

    [Test]
    public async Task A_password_change_is_recorded_without_any_password_or_hash()
    {
        await Handler.Handle(new PasswordChangedNotification("user-1", "ada@example.org", Fakes.Now), CancellationToken.None);

        var recorded = _recorded.Single();
        Assert.That(recorded.Type, Is.EqualTo("PasswordChanged"));
        Assert.That(Details(recorded).Keys, Is.EquivalentTo(new[] { "email" }));
    }

    [Test]
    public async Task Each_notification_is_recorded_once_with_a_fresh_id()
    {
        var registered = new UserRegisteredNotification("user-1", "ada@example.org", "Ada", Fakes.Now);

        await Handler.Handle(registered, CancellationToken.None);
        await Handler.Handle(registered, CancellationToken.None);

        Assert.That(_recorded.Select(e => e.Id).Distinct().Count(), Is.EqualTo(2));
        await _trail.Received(2).AddAsync(Arg.Any<AuditEvent>(), Arg.Any<CancellationToken>());
    }
}
