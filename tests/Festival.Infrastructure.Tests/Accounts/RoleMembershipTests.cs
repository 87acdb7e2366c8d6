using Festival.Application.Accounts;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Domain.Accounts;

namespace Festival.Infrastructure.Tests.Accounts;

public sealed class RoleMembershipTests
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public async Task SetUp()
    {
        _database = new TestDatabase();
        _services = FestivalTestServices.Create(_database);
        await _services.InitializeDatabaseAsync();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private async Task<T> Send<T>(IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private async Task<AccountSummary> Account(string id)
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IUserAccounts>().FindByIdAsync(id, CancellationToken.None))!;
    }

    [Test]
    public async Task Configured_roles_carry_their_permissions_as_role_claims()
    {
        var roles = await Send(new ListRolesQuery());

        Assert.That(roles.Select(r => (r.Name, string.Join(",", r.Permissions))),
            Is.EquivalentTo(new[] { ("Admin", "admin"), ("User", "user_read,user_write") }));
    }

    [Test]
    public async Task Granting_and_revoking_a_role_changes_membership_and_the_last_Admin_keeps_the_role()
    {
        var ada = (await Send(new RegisterUserCommand("ada@example.org", "Festival-2026"))).Value;
        var bob = (await Send(new RegisterUserCommand("bob@example.org", "Festival-2026"))).Value;

        Assert.That((await Send(new GrantRoleCommand(ada, RoleNames.Admin))).Succeeded, Is.True);
        Assert.That((await Account(ada)).Roles, Is.EqualTo(new[] { "Admin", "User" }));

        Assert.That((await Send(new RevokeRoleCommand(ada, RoleNames.Admin))).Errors.Single().Code, Is.EqualTo("last_admin"));

        await Send(new GrantRoleCommand(bob, RoleNames.Admin));
        Assert.That((await Send(new RevokeRoleCommand(ada, RoleNames.Admin))).Succeeded, Is.True);
        Assert.That((await Account(ada)).Roles, Is.EqualTo(new[] { "User" }));
    }

    [Test]
    public async Task Creating_a_role_twice_is_refused_the_second_time()
    {
        Assert.That((await Send(new CreateRoleCommand("Teacher", ["entries_read"]))).Succeeded, Is.True);

        var again = await Send(new CreateRoleCommand("teacher", []));

        Assert.That(again.Errors.Single().Code, Is.EqualTo("role_exists"));
    }

    [Test]
    public async Task Concurrent_grants_and_revokes_of_one_role_leave_at_most_one_membership()
    {
        var ada = (await Send(new RegisterUserCommand("ada@example.org", "Festival-2026"))).Value;
        await Send(new CreateRoleCommand("Teacher", []));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Send<Result>(i % 2 == 0 ? new GrantRoleCommand(ada, "Teacher") : new RevokeRoleCommand(ada, "Teacher")))));

        Assert.That(results.Where(r => !r.Succeeded), Is.Empty);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        Assert.That(await db.UserRoles.CountAsync(ur => ur.UserId == ada), Is.InRange(1, 2), "User, and Teacher at most once");
    }
}
