using Festival.Application;
using Festival.Infrastructure;
using Festival.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Festival.Web.Tests.Http;

/// <summary>What the app reads at start, and how it refuses to half-start.</summary>
public sealed class StartupTests
{
    private TestDatabase _folders = null!;

    [SetUp]
    public void SetUp() => _folders = new TestDatabase();

    [TearDown]
    public void TearDown() => _folders.Dispose();

    private string Folder(string name, bool withSettings)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folders.Folder, name)).FullName;
        if (withSettings)
        {
            File.WriteAllText(Path.Combine(folder, ContentRoot.SettingsFile), "{}");
        }

        return folder;
    }

    [Test]
    public void Started_elsewhere_the_app_takes_its_own_folder_as_content_root()
    {
        var app = Folder("app", withSettings: true);

        var (path, error) = ContentRoot.Choose([], Folder("elsewhere", withSettings: false), app);

        Assert.That(error, Is.Null);
        Assert.That(path, Is.EqualTo(app));
    }

    [Test]
    public void Started_in_a_folder_with_its_settings_or_given_a_content_root_the_app_keeps_that()
    {
        var app = Folder("app", withSettings: true);

        Assert.That(ContentRoot.Choose([], Folder("here", withSettings: true), app), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That(ContentRoot.Choose(["--contentRoot", "/srv/festival"], Folder("elsewhere", withSettings: false), app), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public void With_no_settings_file_anywhere_the_app_refuses_to_start_naming_the_folders_it_looked_in()
    {
        var here = Folder("here", withSettings: false);
        var app = Folder("app", withSettings: false);

        var (path, error) = ContentRoot.Choose([], here, app);

        Assert.That(path, Is.Null);
        Assert.That(error, Does.Contain(here).And.Contain(app).And.Contain("appsettings.json"));
    }

    [Test]
    public void Configuration_without_any_role_stops_the_app_at_start_naming_Festival_Roles()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Festival"] = _folders.ConnectionString,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddApplication().AddInfrastructure(configuration).BuildServiceProvider();

        var thrown = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(thrown!.Message, Does.Contain("Festival:Roles"));
    }
}
