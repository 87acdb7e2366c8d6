using Festival.Application.Invoices;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Invoices;

/// <summary>The season's invoices with their balances; search by payer, show only those with something left to pay.</summary>
public sealed class InvoicesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Outstanding { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public InvoiceList? List { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ListInvoicesQuery(null, Q, Outstanding, P), cancellationToken);
        List = result.Succeeded ? result.Value : null;
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }

    public string PageUrl(int page) => Url.Page("/Admin/Invoices/Index", new { q = Q, outstanding = Outstanding, p = page })!;
}
