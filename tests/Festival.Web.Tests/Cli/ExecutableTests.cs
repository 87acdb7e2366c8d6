using System.Diagnostics;

namespace Festival.Web.Tests.Cli;

/// <summary>The real executable, started as an operator starts it: arguments, environment, exit code.</summary>
public sealed class ExecutableTests
{
    private static readonly string App = Path.Combine(AppContext.BaseDirectory, "Festival.Web.dll");

    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task The_executable_with_a_command_runs_the_command_line_instead_of_the_web_app()
    {
        var (exitCode, output, error) = await Run("Festival-2026", "users", "create", "ada@example.org");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.StartWith("Created ada@example.org"));
    }

    [Test]
    public async Task A_mistyped_command_lists_the_commands_and_exits_non_zero_instead_of_serving()
    {
        var (exitCode, _, error) = await Run(string.Empty, "sesion", "list");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("unknown command 'sesion'").And.Contain("db").And.Contain("users").And.Contain("roles"));
    }

    [Test]
    public async Task Started_from_another_folder_the_executable_reads_its_own_appsettings()
    {
        // The working directory (the test database's folder) holds no appsettings.json; the roles come from the app's own.
        var (exitCode, output, error) = await Run(string.Empty, "roles", "list");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("Admin").And.Contain("admin"));
        Assert.That(output, Does.Contain("User").And.Contain("user_read"));
    }

    private async Task<(int ExitCode, string Out, string Error)> Run(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _database.Folder,
            Environment = { ["ConnectionStrings__Festival"] = _database.ConnectionString },
        };
        start.ArgumentList.Add(App);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet Festival.Web.dll {string.Join(' ', args)} did not exit within 60 s (did it start the web server?)");
        }

        return (process.ExitCode, await output, await error);
    }
}
