using Festival.Application;
using Festival.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>The application's real container (mediator, handlers, Identity, EF Core) on a <see cref="TestDatabase"/>.</summary>
public static class FestivalTestServices
{
    public static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["ConnectionStrings:Festival"] = database.ConnectionString,
        ["Festival:DefaultRole"] = "User",
        ["Festival:Roles:Admin:0"] = "admin",
        ["Festival:Roles:User:0"] = "user_read",
        ["Festival:Roles:User:1"] = "user_write",
    };

    public static ServiceProvider Create(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(database)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
