using System.CommandLine;
using Festival.Application.Accounts;
using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.Deactivate;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Application.Accounts.Users;
using Festival.Application.Common;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Web.Cli;

/// <summary>
/// Account administration from the shell, modelled on Flask-Security-Too's <c>flask users</c> and <c>flask roles</c>.
/// Every command goes through the same mediator commands as the web app, so every reaction fires.
/// Exit codes: 0 done, 1 refused (bad input, unknown user or role; nothing changed), 2 unexpected failure.
/// </summary>
public sealed partial class FestivalCli(IServiceProvider services, CliConsole console)
{
    private static readonly string[] CommandNames = ["db", "users", "roles", "season", "syllabus", "entries", "report", "schedule", "results"];
    private static readonly string[] HelpFlags = ["-h", "--help", "-?"];

    /// <summary>The password of seeded accounts when <c>db seed</c> is given none: they exist for load tests only.</summary>
    public const string DefaultSeedPassword = "Festival-2026";

    /// <summary>
    /// True when the arguments ask for a command rather than the web app: any first word that is not a host switch
    /// (<c>--urls ...</c>) or setting (<c>urls=...</c>), so a mistyped command is refused instead of starting the server.
    /// </summary>
    public static bool Handles(string[] args) =>
        args.Length > 0 && (HelpFlags.Contains(args[0], StringComparer.Ordinal) || !(args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('=')));

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = BuildRoot();
        if (args.Length > 0 && !HelpFlags.Contains(args[0], StringComparer.Ordinal) && !CommandNames.Contains(args[0], StringComparer.Ordinal))
        {
            await console.Error.WriteLineAsync($"error: unknown command '{args[0]}'. The commands are:");
            foreach (var command in root.Subcommands)
            {
                await console.Error.WriteLineAsync($"  {command.Name,-8}{command.Description}");
            }

            await console.Error.WriteLineAsync("Run with --help for details, or with no arguments to serve the web app.");
            return 1;
        }

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }

    private RootCommand BuildRoot()
    {
        var root = new RootCommand("Festival: run with no arguments to serve the web app, or give a command.");
        root.Subcommands.Add(DbCommand());
        root.Subcommands.Add(UsersCommand());
        root.Subcommands.Add(RolesCommand());
        root.Subcommands.Add(SeasonCommand());
        root.Subcommands.Add(ImportCommand(Application.Imports.ImportKind.Syllabus, "syllabus", "Import a syllabus: classes are created or updated by number and suffix."));
        root.Subcommands.Add(ImportCommand(Application.Imports.ImportKind.Entries, "entries", "Import entries: one row per entry; people, pieces, schools and groups are matched or created."));
        root.Subcommands.Add(ReportCommand());
        root.Subcommands.Add(ScheduleCommand());
        root.Subcommands.Add(ResultsCommand());
        return root;
    }

    private Command DbCommand()
    {
        var migrate = new Command("migrate", "Create the database if needed and apply pending migrations.");
        migrate.SetAction((_, ct) => Run(async () =>
        {
            var applied = await services.MigrateDatabaseAsync(ct);
            await services.EnsureConfiguredRolesAsync(ct);
            await console.Out.WriteLineAsync(applied.Count == 0
                ? "Database is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }, initialize: false));

        var check = new Command("check", "Verify that every account is whole: a role, exactly one primary profile, no orphan rows.");
        check.SetAction((_, ct) => Run(async () =>
        {
            var report = await services.CheckDatabaseAsync(ct);
            foreach (var problem in report.Problems)
            {
                await console.Out.WriteLineAsync($"problem: {problem}");
            }

            await console.Out.WriteLineAsync(report.Healthy
                ? $"Database is consistent: {report.Users} user(s), {report.Profiles} profile(s)."
                : $"{report.Problems.Count} problem(s) found.");
            return report.Healthy ? 0 : 1;
        }));

        var users = new Option<int?>("--users") { Description = "How many accounts to create." };
        var sample = new Option<bool>("--sample") { Description = "Load the invented 2027 sample season (syllabus and entries, through the imports)." };
        var password = new Option<string?>("--password") { Description = $"The password of every seeded account (default {DefaultSeedPassword})." };
        var seed = new Command("seed", $"Bulk-insert load-test accounts (seed000001@{DatabaseSeeder.EmailDomain}, ...) with the default role and a profile.") { users, password, sample };
        seed.SetAction((parse, ct) => Run(async () =>
        {
            if (parse.GetValue(sample))
            {
                var loaded = await Hosting.SampleFestival.LoadAsync(services, ct);
                if (!loaded.Succeeded)
                {
                    return Refuse(loaded);
                }

                await console.Out.WriteLineAsync(loaded.Value);
                return 0;
            }

            var count = parse.GetValue(users);
            if (count is null)
            {
                await console.Error.WriteLineAsync("error: give --users N (load-test accounts) or --sample (the sample season).");
                return 1;
            }

            if (count is < 1 or > 999_999)
            {
                await console.Error.WriteLineAsync("error: --users must be between 1 and 999999.");
                return 1;
            }

            var outcome = await services.SeedUsersAsync(count.Value, parse.GetValue(password) ?? DefaultSeedPassword, ct);
            if (!outcome.Seeded)
            {
                await console.Error.WriteLineAsync($"error: {outcome.Message}");
                return 1;
            }

            await console.Out.WriteLineAsync(outcome.Message);
            return 0;
        }));

        return new Command("db", "Database maintenance.") { migrate, check, seed };
    }

    private Command UsersCommand()
    {
        var email = new Argument<string>("email") { Description = "The account's email address." };
        var password = new Option<string?>("--password") { Description = "The password. Omit it to be prompted (or to read one line from standard input)." };
        var displayName = new Option<string?>("--display-name") { Description = "The name shown for the account." };
        var create = new Command("create", "Register an account, exactly as the sign-up form does.") { email, password, displayName };
        create.SetAction((parse, ct) => Run(async () =>
        {
            var secret = parse.GetValue(password) ?? ReadNewPassword();
            if (secret is null)
            {
                return 1;
            }

            var result = await Send(new RegisterUserCommand(parse.GetValue(email)!, secret, parse.GetValue(displayName)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Created {AccountInput.NormalizeEmail(parse.GetValue(email))} ({result.Value}).");
            return 0;
        }));

        var search = new Option<string?>("--search") { Description = "Only emails containing this text." };
        var list = new Command("list", "List accounts, newest first, with their roles.") { search };
        list.SetAction((parse, ct) => Run(async () =>
        {
            var page = 1;
            PagedList<AccountSummary> accounts;
            do
            {
                accounts = await Send(new ListAccountsQuery(parse.GetValue(search), page++, ListAccountsQuery.MaxPageSize), ct);
                foreach (var account in accounts.Items)
                {
                    await console.Out.WriteLineAsync(
                        $"{account.Email}\t{string.Join(",", account.Roles)}\t{account.RegisteredAt:yyyy-MM-dd HH:mm}Z\t{account.Id}{(account.IsActive ? "" : "\tdeactivated")}");
                }
            }
            while (accounts.HasNext);

            return 0;
        }));

        var deactivateEmail = new Argument<string>("email") { Description = "The account's email address." };
        var deactivate = new Command("deactivate", "Stop an account from signing in and end its sessions (nothing is deleted).") { deactivateEmail };
        deactivate.SetAction((parse, ct) => Run(() => ChangeActivation(parse.GetValue(deactivateEmail)!, active: false, ct)));
        var activateEmail = new Argument<string>("email") { Description = "The account's email address." };
        var activate = new Command("activate", "Let a deactivated account sign in again.") { activateEmail };
        activate.SetAction((parse, ct) => Run(() => ChangeActivation(parse.GetValue(activateEmail)!, active: true, ct)));

        var passwordEmail = new Argument<string>("email") { Description = "The account's email address." };
        var newPassword = new Option<string?>("--password") { Description = "The new password. Omit it to be prompted (or to read one line from standard input)." };
        var changePassword = new Command("change-password", "Set a new password for an account; its sessions end.") { passwordEmail, newPassword };
        changePassword.SetAction((parse, ct) => Run(async () =>
        {
            var account = await Send(new FindAccountByEmailQuery(parse.GetValue(passwordEmail)!), ct);
            if (account is null)
            {
                return Refuse(Result.Failed(AccountErrors.UserNotFound(parse.GetValue(passwordEmail)!)));
            }

            var secret = parse.GetValue(newPassword) ?? ReadNewPassword();
            if (secret is null)
            {
                return 1;
            }

            var result = await Send(new SetPasswordCommand(account.Id, secret), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Changed the password of {account.Email}; its sessions have ended.");
            return 0;
        }));

        return new Command("users", "Manage accounts.") { create, list, deactivate, activate, changePassword, ResetTwoFactorCommand() };
    }

    private Command ResetTwoFactorCommand()
    {
        var email = new Argument<string>("email") { Description = "The account's email address." };
        var reset = new Command("reset-2fa", "Turn two-factor sign-in off for someone who lost their authenticator and recovery codes (audited; they get a notice).") { email };
        reset.SetAction((parse, ct) => Run(async () =>
        {
            var account = await Send(new FindAccountByEmailQuery(parse.GetValue(email)!), ct);
            if (account is null)
            {
                return Refuse(Result.Failed(AccountErrors.UserNotFound(parse.GetValue(email)!)));
            }

            var result = await Send(new Application.Accounts.TwoFactor.ResetTwoFactorCommand(account.Id), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Two-factor sign-in is off for {account.Email}; they sign in with their password and can set it up again.");
            return 0;
        }));
        return reset;
    }

    private Command RolesCommand()
    {
        var list = new Command("list", "List roles with their permissions and member counts.");
        list.SetAction((_, ct) => Run(async () =>
        {
            foreach (var role in await Send(new ListRolesQuery(), ct))
            {
                await console.Out.WriteLineAsync($"{role.Name}\t{string.Join(",", role.Permissions)}\t{role.MemberCount} member(s)");
            }

            return 0;
        }));

        var name = new Argument<string>("name") { Description = "The role's name." };
        var permissions = new Option<string?>("--permissions") { Description = "Comma-separated permissions the role carries." };
        var create = new Command("create", "Create a role.") { name, permissions };
        create.SetAction((parse, ct) => Run(async () =>
        {
            var granted = (parse.GetValue(permissions) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = await Send(new CreateRoleCommand(parse.GetValue(name)!, granted), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Created role {parse.GetValue(name)}.");
            return 0;
        }));

        var email = new Argument<string>("email") { Description = "The account's email address." };
        var role = new Argument<string>("role") { Description = "The role's name." };
        var add = new Command("add", "Give an account a role.") { email, role };
        add.SetAction((parse, ct) => Run(() => ChangeMembership(parse.GetValue(email)!, parse.GetValue(role)!, grant: true, ct)));
        var remove = new Command("remove", "Take a role from an account.") { email, role };
        remove.SetAction((parse, ct) => Run(() => ChangeMembership(parse.GetValue(email)!, parse.GetValue(role)!, grant: false, ct)));

        return new Command("roles", "Manage roles and who holds them.") { list, create, add, remove };
    }

    private async Task<int> ChangeActivation(string email, bool active, CancellationToken ct)
    {
        var account = await Send(new FindAccountByEmailQuery(email), ct);
        if (account is null)
        {
            return Refuse(Result.Failed(AccountErrors.UserNotFound(email)));
        }

        var result = active ? await Send(new ReactivateUserCommand(account.Id), ct) : await Send(new DeactivateUserCommand(account.Id), ct);
        if (!result.Succeeded)
        {
            return Refuse(result);
        }

        await console.Out.WriteLineAsync(active ? $"{account.Email} can sign in again." : $"{account.Email} is deactivated.");
        return 0;
    }

    private async Task<int> ChangeMembership(string email, string role, bool grant, CancellationToken ct)
    {
        var account = await Send(new FindAccountByEmailQuery(email), ct);
        if (account is null)
        {
            return Refuse(Result.Failed(AccountErrors.UserNotFound(email)));
        }

        var result = grant
            ? await Send(new GrantRoleCommand(account.Id, role), ct)
            : await Send(new RevokeRoleCommand(account.Id, role), ct);
        if (!result.Succeeded)
        {
            return Refuse(result);
        }

        await console.Out.WriteLineAsync(grant ? $"{account.Email} now has role {role}." : $"{account.Email} no longer has role {role}.");
        return 0;
    }

    private string? ReadNewPassword()
    {
        var password = console.ReadSecret("Password: ");
        if (console.InputIsTerminal && password != console.ReadSecret("Repeat password: "))
        {
            console.Error.WriteLine("error: the passwords did not match; nothing was changed.");
            return null;
        }

        if (password is null)
        {
            console.Error.WriteLine("error: no password given: pass --password or write one line to standard input.");
        }

        return password;
    }

    private int Refuse(Result result)
    {
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine($"error: {error.Message}");
        }

        return 1;
    }

    private async Task<T> Send<T>(IRequest<T> request, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
    }

    /// <summary>Brings the database up to date first, and turns an unexpected failure into one clear line.</summary>
    private async Task<int> Run(Func<Task<int>> action, bool initialize = true)
    {
        try
        {
            if (initialize)
            {
                await services.InitializeDatabaseAsync();
            }

            return await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await console.Error.WriteLineAsync($"error: the command failed and nothing was changed: {ex.Message}");
            return 2;
        }
    }
}
