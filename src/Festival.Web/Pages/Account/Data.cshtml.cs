using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Festival.Application.Accounts.Data;
using Festival.Application.Accounts.Delete;
using Festival.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The account's own data: download it all as JSON, or delete the account.</summary>
public sealed class DataModel(IMediator mediator) : PageModel
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    [BindProperty]
    [Display(Name = "Type your email address to confirm")]
    public string? ConfirmEmail { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportAccountDataQuery(User.RequiredUserId()), cancellationToken);
        return export.Succeeded
            ? File(JsonSerializer.SerializeToUtf8Bytes(export.Value, Json), "application/json", "festival-data.json")
            : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var deleted = await mediator.Send(new DeleteAccountCommand(userId, ConfirmEmail ?? string.Empty), cancellationToken);
        if (!deleted.Succeeded)
        {
            foreach (var error in deleted.Errors)
            {
                ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
            }

            return Page();
        }

        await mediator.Send(new SignOutCommand(null, HttpContext.ClientIp()), cancellationToken);
        TempData["Status"] = "Your account was deleted.";
        return RedirectToPage("/Index");
    }
}
