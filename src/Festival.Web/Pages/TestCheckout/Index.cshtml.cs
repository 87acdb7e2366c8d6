using Festival.Infrastructure.Payments.Test;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.TestCheckout;

/// <summary>The test payment provider's hosted checkout: anyone holding the (encrypted) checkout address may pay it, as on a real provider's page.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Session { get; set; } = string.Empty;

    public TestCheckoutSession Checkout { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetTestCheckoutQuery(Session), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Checkout = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool pay, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CompleteTestCheckoutCommand(Session, pay), cancellationToken);
        return result.Succeeded ? Redirect(result.Value.ToString()) : NotFound();
    }
}
