using System.Reflection;
using NetArchTest.Rules;

namespace Festival.Infrastructure.Tests;

/// <summary>References point inward: Web → Infrastructure → Application → Domain.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Festival.Domain.Profiles.Profile).Assembly;
    private static readonly Assembly Application = typeof(Festival.Application.DependencyInjection).Assembly;

    [Test]
    public void The_domain_depends_on_nothing_else_in_Festival_nor_on_any_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Festival.Application", "Festival.Infrastructure", "Festival.Web", "MediatR", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void The_application_knows_neither_EF_Core_nor_ASP_NET_Core_nor_the_outer_layers()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("Festival.Infrastructure", "Festival.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void The_infrastructure_does_not_know_the_web_layer()
    {
        var result = Types.InAssembly(typeof(DependencyInjection).Assembly).ShouldNot().HaveDependencyOn("Festival.Web").GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Notification_handlers_are_sealed_classes()
    {
        var result = Types.InAssemblies([Application, typeof(DependencyInjection).Assembly])
            .That().ImplementInterface(typeof(INotificationHandler<>)).Should().BeSealed().GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Notification_handlers_never_send_email_themselves_but_enqueue_it_in_the_outbox()
    {
        var result = Types.InAssemblies([Application, typeof(DependencyInjection).Assembly])
            .That().ImplementInterface(typeof(INotificationHandler<>))
            .ShouldNot().HaveDependencyOn(typeof(Festival.Application.Email.IEmailSender).FullName).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [Test]
    public void Outbox_message_handlers_are_sealed_classes()
    {
        var result = Types.InAssemblies([Application, typeof(DependencyInjection).Assembly])
            .That().ImplementInterface(typeof(Festival.Application.Outbox.IOutboxMessageHandler<>)).Should().BeSealed().GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
