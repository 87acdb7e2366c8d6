using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Festival.Application.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.Outbox;

/// <summary>How a message type is named in the <c>Type</c> column, and how a stored message reaches its handler.</summary>
internal static class OutboxMessageTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Func<IServiceProvider, string, OutboxDelivery, CancellationToken, Task>?> Deliverers = new();

    private static readonly MethodInfo DeliverMethod =
        typeof(OutboxMessageTypes).GetMethod(nameof(DeliverAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>"Full name, assembly name": no version, so an upgrade still reads the messages an older build wrote.</summary>
    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"{type.FullName}, {type.Assembly.GetName().Name}";
    }

    /// <summary>The type's name without namespace or assembly, for people to read.</summary>
    public static string ShortName(string storedType)
    {
        ArgumentNullException.ThrowIfNull(storedType);
        var fullName = storedType.Split(',')[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }

    /// <summary>Deserializes the payload and hands it to the one <see cref="IOutboxMessageHandler{TMessage}"/> of its type.</summary>
    public static Task DeliverAsync(IServiceProvider services, string storedType, string payload, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var deliver = Deliverers.GetOrAdd(storedType, static name => Type.GetType(name, throwOnError: false) is { IsClass: true } type
            ? DeliverMethod.MakeGenericMethod(type).CreateDelegate<Func<IServiceProvider, string, OutboxDelivery, CancellationToken, Task>>()
            : null);
        return deliver is null
            ? throw new InvalidOperationException($"Unknown outbox message type '{storedType}'.")
            : deliver(services, payload, delivery, cancellationToken);
    }

    private static Task DeliverAsync<TMessage>(IServiceProvider services, string payload, OutboxDelivery delivery, CancellationToken cancellationToken)
        where TMessage : class
    {
        var message = JsonSerializer.Deserialize<TMessage>(payload, Json)
            ?? throw new InvalidOperationException($"The payload of outbox message {delivery.MessageId} is empty.");
        // One handler per type: with two, a failure of one would deliver the message to the other again.
        var handlers = services.GetServices<IOutboxMessageHandler<TMessage>>().ToArray();
        return handlers.Length == 1
            ? handlers[0].HandleAsync(message, delivery, cancellationToken)
            : throw new InvalidOperationException($"{typeof(TMessage).Name} needs exactly one outbox message handler; found {handlers.Length}.");
    }
}
