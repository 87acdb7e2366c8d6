using Festival.Application.Invoices;
using Festival.Application.Payments;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>
/// The account's invoice for the current season, printable; festival staff open any by <c>?number=</c>. Where the
/// festival takes payments online, the payer can pay the balance through the provider's hosted checkout.
/// </summary>
public sealed class InvoiceModel(IMediator mediator, IEnumerable<IPaymentProvider> providers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    /// <summary>Set on the way back from the checkout: <c>paid</c> or <c>cancelled</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Checkout { get; set; }

    public InvoiceView Invoice { get; private set; } = null!;

    /// <summary>Whether to offer "Pay online": the festival takes payments online, this is the payer's own invoice, and something is owed.</summary>
    public bool CanPayOnline => providers.Any() && Number is null && Invoice.BalanceCents > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetInvoiceQuery(User.RequiredUserId(), Number, User.Has(Permissions.FestivalAdmin), Season), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Invoice = result.Value;
        return Page();
    }

    /// <summary>The same invoice as a PDF download (<c>?handler=Pdf</c>).</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetInvoicePdfQuery(User.RequiredUserId(), Number, User.Has(Permissions.FestivalAdmin), Season), cancellationToken);
        return result.Succeeded ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new StartCheckoutCommand(User.RequiredUserId(), Back("paid"), Back("cancelled")), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(result.Value.RedirectUrl.ToString());
        }

        TempData["Error"] = result.Errors[0].Message;
        return RedirectToPage();
    }

    private Uri Back(string outcome) => new(Url.Page("/Entries/Invoice", null, new { checkout = outcome }, Request.Scheme, Request.Host.Value)!);
}
