using Festival.Application.Invoices;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>The account's invoice for the current season, printable; festival staff open any by <c>?number=</c>.</summary>
public sealed class InvoiceModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    public InvoiceView Invoice { get; private set; } = null!;

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
}
