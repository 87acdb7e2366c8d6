using System.Net;

namespace Festival.Web.Tests.Http;

public sealed class HostTests
{
    [Test]
    public async Task Health_reports_healthy_once_the_database_answers()
    {
        await using var factory = new FestivalWebFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Health_reports_unhealthy_with_503_when_the_database_is_unusable()
    {
        await using var factory = new FestivalWebFactory();
        using var client = factory.CreateClient();
        Assert.That((await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Replace the database file with bytes that are not a database.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.Database.Folder))
        {
            File.Delete(file);
        }

        await File.WriteAllBytesAsync(factory.Database.FilePath, new byte[4096].Select((_, i) => (byte)(i % 251)).ToArray());

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
    }

    [Test]
    public async Task The_home_page_is_served()
    {
        await using var factory = new FestivalWebFactory();
        using var session = factory.Session();

        var page = await session.GetPageAsync("/");

        Assert.That(page, Does.Contain(">Festival</h1>"));
    }
}
