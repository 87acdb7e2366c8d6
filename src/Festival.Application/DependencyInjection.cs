using System.Reflection;
using Festival.Application.Common.Behaviors;
using Festival.Application.Entries.Import;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Outbox;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Syllabus.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The mediator, its pipeline, and every handler and validator in this assembly. A new reaction to a
    /// notification is one class implementing <see cref="INotificationHandler{TNotification}"/>: no line here changes.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // The first registered behavior is the outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));

        // Imports: the one planning path, and one importer per kind of file.
        services.AddScoped<ImportPlanning>();
        services.AddScoped<StagedPlanning>();
        services.AddScoped<IImporter, SyllabusImporter>();
        services.AddScoped<SyllabusPlanner>();
        services.AddScoped<IImporter, EntriesImporter>();

        // Schedule edits: the one path that checks, applies and audits a manual change.
        services.AddScoped<ScheduleEditing>();

        return services.AddHandlersFrom(typeof(DependencyInjection).Assembly);
    }

    /// <summary>
    /// Registers every concrete request handler, notification handler, outbox message handler and validator in
    /// <paramref name="assembly"/>, public or not. Call it once per assembly: scanning an assembly twice would run its handlers twice.
    /// </summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableToAny(HandlerContracts.ToArray()), publicOnly: false)
            .AsImplementedInterfaces(type => type.IsGenericType && HandlerContracts.Contains(type.GetGenericTypeDefinition()))
            .WithScopedLifetime());

    private static readonly HashSet<Type> HandlerContracts =
        [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IOutboxMessageHandler<>), typeof(IValidator<>)];
}
