using System.ComponentModel.DataAnnotations;
using Festival.Application.Common;
using Festival.Application.Invoices;
using Festival.Domain.Invoices;
using Festival.Domain.Syllabus;
using Festival.Web.Forms;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Invoices;

/// <summary>One invoice for staff: its lines and payments, and the form that records a payment (the same command as the API).</summary>
public sealed class InvoiceDetailsModel(IMediator mediator, TimeProvider clock) : PageModel
{
    private const decimal RecordPaymentHandlerLimit = 1_000_000m;

    public InvoiceView Invoice { get; private set; } = null!;

    [BindProperty]
    public PaymentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        Input.ReceivedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await LoadAsync(number, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(number, cancellationToken) ? Page() : NotFound();
        }

        // An amount beyond what a payment can be is passed as zero, which the command refuses with its message.
        var cents = Input.Amount is { } amount && amount is > 0m and <= RecordPaymentHandlerLimit ? Money.ToCents(amount) : 0;
        var command = new RecordPaymentCommand(number, cents, Input.Method, Input.Reference ?? string.Empty,
            Input.ReceivedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var result = await mediator.Send(command, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = $"Payment recorded; the balance is now {Festival.Application.Reports.ReportText.Money(result.Value.BalanceCents / 100m)}.";
            return RedirectToPage(new { number });
        }

        if (result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        // The command counts cents; the form takes an amount.
        ModelState.AddErrors(Result.Failed([.. result.Errors.Select(e => e.Field == "AmountCents" ? e with { Field = nameof(PaymentInput.Amount) } : e)]));
        return await LoadAsync(number, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int number, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetInvoiceQuery(User.RequiredUserId(), number, AsStaff: true), cancellationToken);
        if (found.Succeeded)
        {
            Invoice = found.Value;
        }

        return found.Succeeded;
    }

    public sealed class PaymentInput
    {
        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }

        public PaymentMethod Method { get; set; } = PaymentMethod.Cheque;

        [Display(Name = "Reference (cheque number, transfer id, receipt)")]
        public string? Reference { get; set; }

        [Display(Name = "Received on")]
        [DataType(DataType.Date)]
        public DateOnly? ReceivedOn { get; set; }
    }
}
