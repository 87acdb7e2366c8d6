using System.Diagnostics;

namespace Festival.Web.Tests.Cli;

/// <summary>The real executable, started as an operator starts it: arguments, environment, exit code.</summary>
public sealed class ExecutableTests
{
    [Test]
    public async Task The_executable_with_a_command_runs_the_command_line_instead_of_the_web_app()
    {
        using var database = new TestDatabase();
        var app = Path.Combine(AppContext.BaseDirectory, "Festival.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "users", "create", "ada@example.org" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = database.Folder,
            Environment = { ["ConnectionStrings__Festival"] = database.ConnectionString },
        };

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("Festival-2026");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Zero, await error);
        Assert.That(await output, Does.StartWith("Created ada@example.org"));
    }
}
