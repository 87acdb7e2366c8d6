using Festival.Application.Email;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Email;

/// <summary>
/// Writes each email as an .eml file, so the app runs without a mail server. The file appears whole or not at
/// all (written aside, then moved in), and is named after the idempotency key, so a duplicate delivery replaces
/// its first copy rather than adding a second.
/// </summary>
internal sealed class PickupEmailSender(IOptions<EmailOptions> options, TimeProvider clock, IHostEnvironment? environment = null) : IEmailSender
{
    public string Folder => Path.GetFullPath(Path.Combine(
        environment?.ContentRootPath ?? Directory.GetCurrentDirectory(), options.Value.PickupFolder));

    public async Task SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        using var mime = EmailMime.Build(message, idempotencyKey, options.Value, clock.GetUtcNow());
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await mime.WriteToAsync(stream, cancellationToken);
            }

            File.Move(temporary, Path.Combine(folder, $"{EmailMime.KeyHash(idempotencyKey)}.eml"), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
