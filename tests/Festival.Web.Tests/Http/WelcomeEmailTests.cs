using Festival.Application.Accounts.Register;
using MediatR;
using MimeKit;

namespace Festival.Web.Tests.Http;

/// <summary>The running app delivers the outbox: with the default settings a welcome email lands in the pickup folder.</summary>
public sealed class WelcomeEmailTests
{
    [Test]
    public async Task The_running_app_writes_a_new_users_welcome_email_to_the_pickup_folder()
    {
        await using var factory = new FestivalWebFactory();
        using var client = factory.CreateClient();
        var folder = Path.Combine(factory.Database.Folder, "mail-pickup");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterUserCommand("ada@example.org", "Festival-2026", "Ada"));
            Assert.That(result.Succeeded, Is.True, result.ToString());
        }

        await Wait.UntilAsync(() => Task.FromResult(Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length == 1), "the welcome email");
        using var email = await MimeMessage.LoadAsync(Directory.GetFiles(folder, "*.eml").Single());
        Assert.That(email.Subject, Is.EqualTo("Welcome to Festival"));
        Assert.That(email.To.Mailboxes.Single().Address, Is.EqualTo("ada@example.org"));
    }
}
