using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Documents;

/// <summary>
/// An outbox message: <paramref name="Email"/> with the comment sheet (and certificate, when earned) of each of
/// <paramref name="EntryIds"/> attached. The PDFs are written when the email is sent, as for invoices, so the publishing
/// transaction stays short and the outbox row small.
/// </summary>
public sealed record ResultsEmail(int SeasonId, IReadOnlyList<int> EntryIds, EmailMessage Email);

/// <summary>Delivers a <see cref="ResultsEmail"/>: writes each entry's PDFs, attaches them and sends the email.</summary>
internal sealed class SendResultsEmailHandler(
    IResults results, IAdjudication adjudication, ISeasons seasons, IOptions<ResultsOptions> options, IResultDocuments documents, IEmailSender sender)
    : IOutboxMessageHandler<ResultsEmail>
{
    public async Task HandleAsync(ResultsEmail message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(delivery);
        var sheets = await ResultFiles.SheetsAsync(results, adjudication, seasons, options, message.SeasonId, message.EntryIds, cancellationToken);
        var attachments = sheets.SelectMany(s => ResultFiles.Files(s, documents)).Select(f => new EmailAttachment(f.FileName, f.ContentType, f.Content));
        await sender.SendAsync(message.Email with { Attachments = [.. message.Email.Attachments, .. attachments] }, delivery.IdempotencyKey, cancellationToken);
    }
}
