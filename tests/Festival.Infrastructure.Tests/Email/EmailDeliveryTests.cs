using Festival.Application.Email;
using Festival.Infrastructure.Email;
using Festival.Infrastructure.Outbox;
using Festival.Infrastructure.Tests.Outbox;
using Festival.Testing.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Festival.Infrastructure.Tests.Email;

/// <summary>Email through the outbox to a real SMTP conversation (MailKit against an in-process server) and to the pickup folder.</summary>
public sealed class EmailDeliveryTests
{
    private const string From = "festival@example.org";
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    private static Dictionary<string, string?> Smtp(TestSmtpServer server) => new()
    {
        ["Festival:Email:Delivery"] = "Smtp",
        ["Festival:Email:Host"] = server.Host,
        ["Festival:Email:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Festival:Email:Security"] = "None",
        ["Festival:Email:FromAddress"] = From,
        ["Festival:Email:FromName"] = "Festival Office",
        ["Festival:Email:Timeout"] = "00:00:15",
    };

    [Test]
    public async Task A_welcome_email_goes_out_through_a_real_SMTP_conversation_with_a_Message_Id_from_its_idempotency_key()
    {
        await using var server = new TestSmtpServer();
        await using var host = await OutboxTestHost.CreateAsync(_database, Smtp(server), replaceSender: false);
        var user = await host.RegisterAsync("ada@example.org", "Ada");

        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));

        var received = (await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(15))).Single();
        Assert.That(received.From, Is.EqualTo(From));
        Assert.That(received.Recipients, Is.EqualTo(new[] { "ada@example.org" }));
        using var mime = received.Parse();
        Assert.That(mime.Subject, Is.EqualTo("Welcome to Festival"));
        Assert.That(mime.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "ada@example.org" }));
        Assert.That(mime.From.Mailboxes.Single(), Has.Property("Name").EqualTo("Festival Office").And.Property("Address").EqualTo(From));
        Assert.That(mime.MessageId, Is.EqualTo(EmailMime.MessageId($"welcome:{user.Value}", From)));
        Assert.That(mime.MessageId, Does.EndWith("@example.org").And.Not.Contain(user.Value), "stable, but no user id in a header");
        Assert.That(mime.TextBody, Does.Contain("Hello Ada,"));
        Assert.That((await host.MessagesAsync()).Single().DeliveredAt, Is.EqualTo(OutboxTestHost.Start));
    }

    [Test]
    public async Task Sending_the_same_message_twice_gives_both_copies_the_same_Message_Id()
    {
        await using var server = new TestSmtpServer();
        await using var host = await OutboxTestHost.CreateAsync(_database, Smtp(server), replaceSender: false);
        var email = new EmailMessage("ada@example.org", "Entry received", "Thank you.");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            Assert.That(sender, Is.InstanceOf<SmtpEmailSender>());
            await sender.SendAsync(email, "entry:42", CancellationToken.None);
            await sender.SendAsync(email, "entry:42", CancellationToken.None);
            await sender.SendAsync(email, "entry:43", CancellationToken.None);
        }

        var ids = (await server.WaitForMessagesAsync(3, TimeSpan.FromSeconds(15))).Select(m =>
        {
            using var mime = m.Parse();
            return mime.MessageId;
        }).ToArray();
        Assert.That(ids[0], Is.EqualTo(ids[1]));
        Assert.That(ids[2], Is.Not.EqualTo(ids[0]));
    }

    [Test]
    public async Task Lines_that_start_with_a_dot_arrive_intact()
    {
        await using var server = new TestSmtpServer();
        await using var host = await OutboxTestHost.CreateAsync(_database, Smtp(server), replaceSender: false);
        const string body = "Line one\r\n.\r\n..two dots\r\n.end";

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .SendAsync(new EmailMessage("ada@example.org", "Dots", body), "dots:1", CancellationToken.None);
        }

        var received = (await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(15))).Single();
        Assert.That(received.Data, Does.Contain("\r\n.\r\n..two dots\r\n.end"), "sent as plain lines, so the client had to dot-stuff them");
        using var mime = received.Parse();
        Assert.That(mime.TextBody!.ReplaceLineEndings("\r\n").TrimEnd(), Is.EqualTo(body));
    }

    [Test]
    public async Task A_server_that_refuses_with_451_is_tried_again_after_the_backoff_and_then_receives_the_email()
    {
        await using var server = new TestSmtpServer();
        await using var host = await OutboxTestHost.CreateAsync(_database, Smtp(server), replaceSender: false);
        await host.RegisterAsync("ada@example.org");
        server.FailNext(1);

        await host.Processor.ProcessBatchAsync(CancellationToken.None);

        var failed = (await host.MessagesAsync()).Single();
        Assert.That(failed.Attempts, Is.EqualTo(1));
        Assert.That(failed.LastError, Does.StartWith("SmtpCommandException:"));
        Assert.That(server.Received, Is.Empty);

        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await host.Processor.ProcessBatchAsync(CancellationToken.None);

        Assert.That((await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(15))).Single().Recipients, Is.EqualTo(new[] { "ada@example.org" }));
        Assert.That((await host.MessagesAsync()).Single().DeliveredAt, Is.Not.Null);
    }

    [Test]
    public async Task By_default_a_welcome_email_is_written_to_the_pickup_folder_as_one_parseable_eml_file()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database, replaceSender: false);
        var user = await host.RegisterAsync("ada@example.org", "Ada");

        await host.Processor.ProcessBatchAsync(CancellationToken.None);

        var folder = Path.Combine(_database.Folder, "mail-pickup");
        var file = Directory.GetFiles(folder).Single();
        Assert.That(Path.GetExtension(file), Is.EqualTo(".eml"), "no temporary file is left behind");
        using var mime = await MimeMessage.LoadAsync(file);
        Assert.That(mime.Subject, Is.EqualTo("Welcome to Festival"));
        Assert.That(mime.To.Mailboxes.Single().Address, Is.EqualTo("ada@example.org"));
        Assert.That(mime.MessageId, Is.EqualTo(EmailMime.MessageId($"welcome:{user.Value}", "festival@localhost")));
        Assert.That(mime.TextBody, Does.Contain("Hello Ada,"));
    }

    [Test]
    public async Task The_pickup_sender_replaces_a_duplicate_delivery_instead_of_adding_a_second_file()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database, replaceSender: false);
        await using var scope = host.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        Assert.That(sender, Is.InstanceOf<PickupEmailSender>());

        await sender.SendAsync(new EmailMessage("ada@example.org", "First", "1"), "same:1", CancellationToken.None);
        await sender.SendAsync(new EmailMessage("ada@example.org", "Second", "2"), "same:1", CancellationToken.None);
        await sender.SendAsync(new EmailMessage("ada@example.org", "Other", "3"), "other:1", CancellationToken.None);

        Assert.That(Directory.GetFiles(Path.Combine(_database.Folder, "mail-pickup")), Has.Length.EqualTo(2));
    }

    [Test]
    public void SMTP_delivery_without_a_host_is_refused_with_a_message_naming_the_key()
    {
        using var services = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?> { ["Festival:Email:Delivery"] = "Smtp" });

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.That(thrown!.Message, Does.Contain("Festival:Email:Host"));
    }

    [Test]
    public void Outbox_options_with_a_MaxDelay_below_the_BaseDelay_are_refused()
    {
        using var services = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?>
        {
            ["Festival:Outbox:BaseDelay"] = "00:01:00",
            ["Festival:Outbox:MaxDelay"] = "00:00:10",
        });

        Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<OutboxOptions>>().Value);
    }

    [Test]
    public async Task An_attachment_arrives_as_a_named_file_with_its_bytes_beside_the_text()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database, replaceSender: false);
        var pdf = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0xFF };
        var email = new EmailMessage("ada@example.org", "Your invoice", "Attached.")
        {
            Attachments = [new EmailAttachment("invoice-2027-0001.pdf", "application/pdf", pdf)],
        };

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(email, "invoice:1", CancellationToken.None);
        }

        using var mime = await MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(_database.Folder, "mail-pickup")).Single());
        var attachment = mime.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.That(attachment.FileName, Is.EqualTo("invoice-2027-0001.pdf"));
        Assert.That(attachment.ContentType.MimeType, Is.EqualTo("application/pdf"));
        Assert.That(content.ToArray(), Is.EqualTo(pdf));
        Assert.That(mime.TextBody, Does.Contain("Attached."));
    }

    [Test]
    public void An_email_with_an_attachment_survives_the_outbox_JSON_round_trip()
    {
        var email = new EmailMessage("ada@example.org", "Invoice", "Attached.") { Attachments = [new EmailAttachment("a.pdf", "application/pdf", [1, 2, 3])] };

        var json = System.Text.Json.JsonSerializer.Serialize(email, OutboxMessageTypes.Json);
        var back = System.Text.Json.JsonSerializer.Deserialize<EmailMessage>(json, OutboxMessageTypes.Json)!;
        var old = System.Text.Json.JsonSerializer.Deserialize<EmailMessage>("""{"to":"a@example.org","subject":"s","textBody":"b"}""", OutboxMessageTypes.Json)!;

        Assert.That(back.Attachments.Single().Content, Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(old.Attachments, Is.Empty, "messages queued before attachments existed still read");
    }
}
