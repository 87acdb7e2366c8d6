using Festival.Application;
using Festival.Infrastructure;
using Festival.Infrastructure.Persistence;
using Festival.Web;
using Festival.Web.Cli;
using Festival.Web.Hosting;

// With a command (`users create ...`, `roles add ...`) the executable is the command line; otherwise the web app.
var isCommand = FestivalCli.Handles(args);
var (contentRoot, contentRootError) = ContentRoot.Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
if (contentRootError is not null)
{
    await Console.Error.WriteLineAsync(contentRootError);
    return 2;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = isCommand ? [] : args, ContentRootPath = contentRoot });
if (isCommand)
{
    // Keep standard output for the command's own answer.
    builder.Logging.ClearProviders()
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
}

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
if (isCommand)
{
    return await new FestivalCli(app.Services, CliConsole.System).RunAsync(args);
}

await app.Services.InitializeDatabaseAsync();
if (app.Configuration.GetValue<bool>(SampleFestival.LoadWhenEmptyKey))
{
    // Development only (appsettings.Development.json): a fresh clone opens on a working festival. Quietly does nothing
    // once the database has the sample's season.
    var sample = await SampleFestival.LoadAsync(app.Services);
    app.Logger.LogInformation("Sample season: {Outcome}", sample.Succeeded ? sample.Value : sample.ToString());
}

app.UseWeb();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host.</summary>
public partial class Program;
