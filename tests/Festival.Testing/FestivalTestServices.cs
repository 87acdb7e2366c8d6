using Festival.Application;
using Festival.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>The application's real container (mediator, handlers, Identity, EF Core) on a <see cref="TestDatabase"/> of either provider.</summary>
public static class FestivalTestServices
{
    public static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["Database:Provider"] = database.Provider.ToString(),
        ["ConnectionStrings:Festival"] = database.ConnectionString,
        ["Festival:DefaultRole"] = "User",
        ["Festival:Roles:Admin:0"] = "admin",
        ["Festival:Roles:User:0"] = "user_read",
        ["Festival:Roles:User:1"] = "user_write",
        // Emails written by a test stay in its own folder, never in the source tree.
        ["Festival:Email:PickupFolder"] = Path.Combine(database.Folder, "mail-pickup"),
    };

    /// <summary>The container; <paramref name="settings"/> add to or override <see cref="Settings"/>.</summary>
    public static ServiceProvider Create(
        TestDatabase database, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(database)).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
