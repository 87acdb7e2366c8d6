using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Browser.Tests.Hosting;

/// <summary>
/// The whole web app on Kestrel at https://127.0.0.1 on a free port, in the "Testing" environment, on a real SQLite
/// file of its own. A browser cannot reach the in-memory test server, so this one listens on a real socket. It speaks
/// HTTPS (with a throwaway certificate) because outside Development the app issues Secure-only cookies and its
/// antiforgery check refuses plain HTTP.
/// </summary>
public sealed class FestivalServer : WebApplicationFactory<Program>
{
    private readonly X509Certificate2 _certificate = TestCertificate.Create();

    public FestivalServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
    }

    public TestDatabase Database { get; } = new();

    /// <summary>Where the browser finds the app, e.g. <c>https://127.0.0.1:41234/</c>; starts the app on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in FestivalTestServices.Settings(Database))
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            _certificate.Dispose();
        }
    }
}
