using Festival.Application.Entries.Submit;
using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

/// <summary>
/// The first submission of a payer in a season issues their invoice, numbered from the season's counter in the same
/// transaction; later submissions add lines to it (the lines are the payer's entries).
/// </summary>
internal sealed class IssueInvoiceHandler(IInvoices invoices, IMediator mediator) : INotificationHandler<EntriesSubmittedNotification>
{
    public async Task Handle(EntriesSubmittedNotification notification, CancellationToken cancellationToken)
    {
        if (await invoices.FindAsync(notification.SeasonId, notification.UserId, cancellationToken) is not null)
        {
            return;
        }

        var number = await invoices.TakeNumberAsync(notification.SeasonId, cancellationToken);
        var invoice = new Invoice(notification.SeasonId, notification.UserId, number, notification.At);
        await invoices.AddAsync(invoice, cancellationToken);
        await mediator.Publish(new InvoiceIssuedNotification(invoice.Id, number, notification.SeasonId, notification.UserId, notification.At), cancellationToken);
    }
}
