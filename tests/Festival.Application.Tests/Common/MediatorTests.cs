using Microsoft.Extensions.DependencyInjection;

namespace Festival.Application.Tests.Common;

/// <summary>Facts about MediatR 5.1.0 that Festival's handlers rely on, checked against the real mediator.</summary>
public sealed class MediatorTests
{
    public sealed record Happened : INotification;

    public sealed class Recorder : INotificationHandler<Happened>
    {
        public int Calls { get; private set; }

        public Task Handle(Happened notification, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.CompletedTask;
        }
    }

    [Test]
    public async Task A_notification_published_through_its_interface_type_reaches_the_handlers_of_its_concrete_type()
    {
        var recorder = new Recorder();
        using var provider = new ServiceCollection()
            .AddScoped<ServiceFactory>(sp => sp.GetService!)
            .AddScoped<IMediator, Mediator>()
            .AddSingleton<INotificationHandler<Happened>>(recorder)
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        INotification notification = new Happened();

        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);

        Assert.That(recorder.Calls, Is.EqualTo(1));
    }
}
