using System.ComponentModel.DataAnnotations;
using Festival.Application.Profiles;
using Festival.Application.Profiles.Update;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await mediator.Send(new GetPrimaryProfileQuery(User.RequiredUserId()), cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        Input = new ProfileInput { DisplayName = profile.DisplayName, Phone = profile.Phone, School = profile.School };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UpdateProfileCommand(User.RequiredUserId(), Input.DisplayName, Input.Phone, Input.School), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }

        TempData["Status"] = "Your details were saved.";
        return RedirectToPage("/Account/Index");
    }

    public sealed class ProfileInput
    {
        [Display(Name = "Display name")]
        public string? DisplayName { get; set; }

        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [Display(Name = "School or studio")]
        public string? School { get; set; }
    }
}
