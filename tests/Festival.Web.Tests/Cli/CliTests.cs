using Festival.Infrastructure.Persistence;
using Festival.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Cli;

/// <summary>The command line against a real database file, the way an operator uses it.</summary>
public sealed class CliTests
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    [SetUp]
    public void SetUp()
    {
        _database = new TestDatabase();
        _services = FestivalTestServices.Create(_database);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private sealed record Outcome(int ExitCode, string Out, string Error);

    private async Task<Outcome> RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), output, error, inputIsTerminal: false);
        var code = await new FestivalCli(_services, console).RunAsync(args);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    private Task<Outcome> Run(params string[] args) => RunWithInput(string.Empty, args);

    private async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    [Test]
    public async Task Db_migrate_creates_the_database_and_says_so_then_reports_it_up_to_date()
    {
        var first = await Run("db", "migrate");
        var second = await Run("db", "migrate");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(first.Out, Does.Match(@"^Applied \d+ migration\(s\): \d+_Initial"));
        Assert.That(second.Out.Trim(), Is.EqualTo("Database is up to date."));
        Assert.That(File.Exists(_database.FilePath), Is.True);
    }

    [Test]
    public async Task Users_create_registers_through_the_command_so_the_user_gets_the_default_role_and_a_profile()
    {
        var created = await Run("users", "create", "ada@example.org", "--password", "Festival-2026", "--display-name", "Ada");
        var listed = await Run("users", "list");

        Assert.That(created.ExitCode, Is.Zero, created.Error);
        Assert.That(created.Out, Does.StartWith("Created ada@example.org"));
        Assert.That(listed.Out, Does.StartWith("ada@example.org\tUser\t"));
        Assert.That(await Db(db => db.Profiles.CountAsync(p => p.Email == "ada@example.org" && p.DisplayName == "Ada")), Is.EqualTo(1));
    }

    [Test]
    public async Task Users_create_without_password_reads_one_line_from_redirected_standard_input()
    {
        var created = await RunWithInput("Festival-2026\n", "users", "create", "ada@example.org");

        Assert.That(created.ExitCode, Is.Zero, created.Error);
        Assert.That(await Db(db => db.Users.CountAsync()), Is.EqualTo(1));
    }

    [TestCase("not-an-email", "Festival-2026", "valid email address")]
    [TestCase("ada@example.org", "weak", "at least 6 characters")]
    public async Task Bad_input_exits_non_zero_with_a_clear_message_and_changes_nothing(string email, string password, string message)
    {
        var outcome = await Run("users", "create", email, "--password", password);

        Assert.That(outcome.ExitCode, Is.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain(message));
        Assert.That(outcome.Out, Is.Empty);
        Assert.That(await Db(db => db.Users.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task A_taken_email_exits_non_zero()
    {
        await Run("users", "create", "ada@example.org", "--password", "Festival-2026");

        var again = await Run("users", "create", "ADA@example.org", "--password", "Festival-2026");

        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error, Does.Contain("already exists"));
    }

    [Test]
    public async Task Roles_add_makes_the_first_admin_and_roles_remove_refuses_to_drop_the_last_one()
    {
        await Run("users", "create", "ada@example.org", "--password", "Festival-2026");

        var added = await Run("roles", "add", "ADA@example.org", "Admin");
        var removed = await Run("roles", "remove", "ada@example.org", "Admin");
        var listed = await Run("roles", "list");

        Assert.That(added.ExitCode, Is.Zero, added.Error);
        Assert.That(added.Out.Trim(), Is.EqualTo("ada@example.org now has role Admin."));
        Assert.That(removed.ExitCode, Is.EqualTo(1));
        Assert.That(removed.Error, Does.Contain("last account with the Admin role"));
        Assert.That(listed.Out, Does.Contain("Admin\tadmin\t1 member(s)"));
    }

    [Test]
    public async Task Roles_add_with_an_unknown_user_or_role_exits_non_zero_and_changes_nothing()
    {
        await Run("users", "create", "ada@example.org", "--password", "Festival-2026");

        var unknownUser = await Run("roles", "add", "nobody@example.org", "Admin");
        var unknownRole = await Run("roles", "add", "ada@example.org", "Wizard");

        Assert.That((unknownUser.ExitCode, unknownRole.ExitCode), Is.EqualTo((1, 1)));
        Assert.That(unknownUser.Error, Does.Contain("No account found for 'nobody@example.org'"));
        Assert.That(unknownRole.Error, Does.Contain("No role named 'Wizard'"));
        Assert.That(await Db(db => db.UserRoles.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task Roles_create_with_permissions_then_add_a_member()
    {
        await Run("users", "create", "ada@example.org", "--password", "Festival-2026");

        var created = await Run("roles", "create", "Teacher", "--permissions", "entries_read, entries_write");
        var added = await Run("roles", "add", "ada@example.org", "Teacher");
        var listed = await Run("roles", "list");
        var invalid = await Run("roles", "create", "Bad Name!");

        Assert.That((created.ExitCode, added.ExitCode), Is.EqualTo((0, 0)), created.Error + added.Error);
        Assert.That(listed.Out, Does.Contain("Teacher\tentries_read,entries_write\t1 member(s)"));
        Assert.That(invalid.ExitCode, Is.EqualTo(1));
        Assert.That(invalid.Error, Does.Contain("A role name is"));
    }

    [Test]
    public async Task Db_check_passes_on_whole_accounts_and_names_each_broken_one()
    {
        await Run("users", "create", "whole@example.org", "--password", "Festival-2026");
        await Run("users", "create", "broken@example.org", "--password", "Festival-2026");
        var healthy = await Run("db", "check");

        // Break one account behind the application's back: no role, no profile.
        await Db(async db =>
        {
            var broken = await db.Users.SingleAsync(u => u.Email == "broken@example.org");
            return await db.UserRoles.Where(ur => ur.UserId == broken.Id).ExecuteDeleteAsync()
                + await db.Profiles.Where(p => p.UserId == broken.Id).ExecuteDeleteAsync();
        });
        var broken = await Run("db", "check");

        Assert.That(healthy.ExitCode, Is.Zero, healthy.Out);
        Assert.That(healthy.Out, Does.Contain("Database is consistent: 2 user(s), 2 profile(s)."));
        Assert.That(broken.ExitCode, Is.EqualTo(1));
        Assert.That(broken.Out, Does.Contain("problem: user broken@example.org has no role"));
        Assert.That(broken.Out, Does.Contain("problem: user broken@example.org has 0 primary profiles instead of one"));
        Assert.That(broken.Out, Does.Not.Contain("whole@example.org"));
    }

    [Test]
    public async Task Users_deactivate_and_activate_switch_an_account_off_and_on()
    {
        await Run("users", "create", "switch@example.org", "--password", "Festival-2026");

        var off = await Run("users", "deactivate", "SWITCH@example.org");
        var listedOff = await Run("users", "list");
        var on = await Run("users", "activate", "switch@example.org");
        var unknown = await Run("users", "deactivate", "nobody@example.org");

        Assert.That((off.ExitCode, on.ExitCode), Is.EqualTo((0, 0)), off.Error + on.Error);
        Assert.That(off.Out.Trim(), Is.EqualTo("switch@example.org is deactivated."));
        Assert.That(listedOff.Out, Does.Contain("\tdeactivated"));
        Assert.That(on.Out.Trim(), Is.EqualTo("switch@example.org can sign in again."));
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(await Db(db => db.Users.CountAsync(u => u.DeactivatedAt != null)), Is.Zero);
    }

    [Test]
    public async Task Users_change_password_sets_a_new_password_that_then_signs_in()
    {
        await Run("users", "create", "forgot@example.org", "--password", "Festival-2026");

        var weak = await RunWithInput("weak\n", "users", "change-password", "forgot@example.org");
        var changed = await RunWithInput("Operator-Set-2026\n", "users", "change-password", "FORGOT@example.org");
        var unknown = await Run("users", "change-password", "nobody@example.org", "--password", "Operator-Set-2026");

        Assert.That(weak.ExitCode, Is.EqualTo(1));
        Assert.That(weak.Error, Does.Contain("at least 6 characters"));
        Assert.That(changed.ExitCode, Is.Zero, changed.Error);
        Assert.That(changed.Out.Trim(), Is.EqualTo("Changed the password of forgot@example.org; its sessions have ended."));
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        await using var scope = _services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Festival.Application.Accounts.IUserAccounts>();
        var id = (await accounts.FindByEmailAsync("forgot@example.org", CancellationToken.None))!.Id;
        Assert.That(await accounts.CheckPasswordAsync(id, "Operator-Set-2026", CancellationToken.None), Is.True);
        Assert.That(await accounts.CheckPasswordAsync(id, "Festival-2026", CancellationToken.None), Is.False);
    }

    [Test]
    public async Task Db_seed_bulk_inserts_whole_accounts_that_sign_in_with_the_seed_password_and_refuses_to_seed_twice()
    {
        var seeded = await Run("db", "seed", "--users", "500", "--password", "Seeded-2026");
        var check = await Run("db", "check");
        var again = await Run("db", "seed", "--users", "10");

        Assert.That(seeded.ExitCode, Is.Zero, seeded.Error);
        Assert.That(seeded.Out, Does.StartWith("Seeded 500 user(s) with role User: seed000001@seed.festival.example to seed000500@seed.festival.example."));
        Assert.That(check.ExitCode, Is.Zero, check.Out);
        Assert.That(check.Out, Does.Contain("Database is consistent: 500 user(s), 500 profile(s)."));
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error, Does.Contain("already holds 500 seeded user(s)"));
        Assert.That(await Db(db => db.Users.CountAsync()), Is.EqualTo(500), "the refused seed added nothing");

        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Festival.Infrastructure.Identity.FestivalUser>>();
        var last = await users.FindByEmailAsync("SEED000500@seed.festival.example");
        Assert.That(last, Is.Not.Null, "normalized emails are stored as Identity normalizes them");
        Assert.That(await users.CheckPasswordAsync(last!, "Seeded-2026"), Is.True);
        Assert.That(await users.GetRolesAsync(last!), Is.EqualTo(new[] { "User" }));
        var listed = await Run("users", "list", "--search", "seed000500");
        Assert.That(listed.Out, Does.StartWith("seed000500@seed.festival.example\tUser\t"));
    }

    [Test]
    public async Task An_unknown_command_exits_non_zero()
    {
        var outcome = await Run("users", "explode");

        Assert.That(outcome.ExitCode, Is.Not.Zero);
    }

    [TestCase(new[] { "users", "list" }, true)]
    [TestCase(new[] { "roles" }, true)]
    [TestCase(new[] { "--help" }, true)]
    [TestCase(new string[0], false)]
    [TestCase(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [TestCase(new[] { "urls=http://127.0.0.1:5000" }, false)]
    [TestCase(new[] { "sesion", "list" }, true)]
    public void Only_known_commands_switch_the_executable_to_the_command_line(string[] args, bool isCommand) =>
        Assert.That(FestivalCli.Handles(args), Is.EqualTo(isCommand));

    [Test]
    public async Task Season_create_copies_a_syllabus_season_list_marks_the_current_one_and_season_use_switches_it()
    {
        var first = await Run("season", "create", "2026", "--age-date", "2026-01-01");
        await Db(db =>
        {
            db.Classes.Add(new Festival.Domain.Syllabus.FestivalClass(1, 2105, "A", "Piano Solo, Grade 5", DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        var second = await Run("season", "create", "2027", "--copy-syllabus-from", "2026");
        var use = await Run("season", "use", "2026");
        var list = await Run("season", "list");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(second.Out, Does.Contain("Created season 2027 with 1 class(es) copied from 2026"));
        Assert.That(use.ExitCode, Is.Zero, use.Error);
        Assert.That(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..6]), Is.EqualTo(new[] { "  2027", "* 2026" }));
    }

    [TestCase("season", "create", "2027", "--age-date", "31/02/2027", "not a date written YYYY-MM-DD")]
    [TestCase("season", "use", "1999", "", "", "There is no season named '1999'")]
    [TestCase("season", "create", "2028", "--copy-syllabus-from", "1999", "There is no season named '1999' to copy")]
    public async Task Season_commands_refuse_bad_input_with_exit_1_and_a_clear_message(string a, string b, string c, string d, string e, string message)
    {
        var outcome = await Run([.. new[] { a, b, c, d, e }.Where(x => x.Length > 0)]);

        Assert.That(outcome.ExitCode, Is.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain(message));
        Assert.That(await Db(db => db.Seasons.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task Db_seed_sample_loads_the_sample_season_through_the_imports_once()
    {
        var first = await Run("db", "seed", "--sample");
        var second = await Run("db", "seed", "--sample");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(first.Out, Does.Contain("Created season 2027").And.Contain("syllabus.csv: Classes").And.Contain("entries.csv: Entries"));
        Assert.That(await Db(db => db.Entries.CountAsync()), Is.GreaterThan(500));
        Assert.That(second.ExitCode, Is.EqualTo(1));
        Assert.That(second.Error, Does.Contain("exists already"));
    }
}
