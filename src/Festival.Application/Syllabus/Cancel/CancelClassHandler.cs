using Festival.Application.Invoices;
using Festival.Domain.Entries;

namespace Festival.Application.Syllabus.Cancel;

internal sealed class CancelClassHandler(IClassRecords classes, IInvoices invoices, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<CancelClassCommand, Result<ClassCancelledNotification>>
{
    public const int MaxReasonLength = 200;

    public async Task<Result<ClassCancelledNotification>> Handle(CancelClassCommand request, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is 0 or > MaxReasonLength)
        {
            return SyllabusErrors.ReasonRequired;
        }

        if (await classes.FindAsync(request.ClassId, cancellationToken) is not { } festivalClass)
        {
            return SyllabusErrors.ClassNotFound(request.ClassId);
        }

        if (festivalClass.IsCancelled)
        {
            return SyllabusErrors.AlreadyCancelled(festivalClass.Code);
        }

        var now = clock.GetUtcNow();
        festivalClass.Cancel(now);
        var entries = await classes.EntriesAsync(festivalClass.Id, cancellationToken);
        foreach (var entry in entries)
        {
            entry.Cancel(now);
        }

        await classes.SaveAsync(cancellationToken);
        var credits = new List<EntryCredit>();
        var creditReason = $"Class {festivalClass.Code} {festivalClass.Name} cancelled: {reason}";
        foreach (var payer in entries.Where(e => e.SubmittedByUserId is not null).GroupBy(e => e.SubmittedByUserId!))
        {
            credits.AddRange(await CreditAsync(festivalClass.SeasonId, payer.Key, payer.ToList(), creditReason, now, cancellationToken));
        }

        var cancelled = new ClassCancelledNotification(
            festivalClass.Id, festivalClass.SeasonId, festivalClass.Code, festivalClass.Name, reason, [.. entries.Select(e => e.Id)], credits, requestContext.UserId, now);
        foreach (var credit in credits)
        {
            await mediator.Publish(
                new CreditNoteIssuedNotification(credit.InvoiceId, credit.InvoiceNumber, credit.CreditNoteNumber, festivalClass.SeasonId, credit.PayerUserId,
                    credit.EntryId, credit.AmountCents, credit.BalanceCents, creditReason, requestContext.UserId, now),
                cancellationToken);
        }

        await mediator.Publish(cancelled, cancellationToken);
        return Result<ClassCancelledNotification>.Success(cancelled);
    }

    /// <summary>
    /// Credits each of the payer's cancelled entries with what the invoice charges for it now (class fee and surcharge less its
    /// discount). The entry stays on the invoice, in its place, so no other line changes; the registration fee is not credited.
    /// </summary>
    private async Task<IReadOnlyList<EntryCredit>> CreditAsync(
        int seasonId, string payerUserId, IReadOnlyList<Entry> entries, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await invoices.FindAsync(seasonId, payerUserId, cancellationToken) is not { } invoice)
        {
            return [];
        }

        var charges = await invoices.ChargesAsync(seasonId, payerUserId, cancellationToken);
        var notes = new List<(int EntryId, int Number, long Amount)>();
        foreach (var entry in entries.OrderBy(e => e.Id))
        {
            var amount = charges.For(entry.Id)?.TotalCents ?? 0;
            if (amount <= 0 || invoice.HasCredit(entry.Id))
            {
                continue;
            }

            var number = await invoices.TakeCreditNoteNumberAsync(seasonId, cancellationToken);
            invoice.Credit(number, entry.Id, amount, reason, now);
            notes.Add((entry.Id, number, amount));
        }

        await invoices.SaveAsync(cancellationToken);
        var balance = invoice.BalanceOf(charges.TotalCents);
        return [.. notes.Select(n => new EntryCredit(payerUserId, invoice.Id, invoice.Number, n.EntryId, n.Number, n.Amount, balance))];
    }
}
