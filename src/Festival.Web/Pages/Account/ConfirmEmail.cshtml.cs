using Festival.Application.Accounts.ConfirmEmail;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The page the link in the confirmation email opens.</summary>
public sealed class ConfirmEmailModel(IMediator mediator) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? userId, string? token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ConfirmEmailCommand(userId, token), cancellationToken);
        Confirmed = result.Succeeded;
        Problem = result.Succeeded ? null : result.Errors[0].Message;
    }
}
