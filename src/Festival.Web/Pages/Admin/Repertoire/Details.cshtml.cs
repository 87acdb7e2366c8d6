using System.ComponentModel.DataAnnotations;
using Festival.Application.Reports.Repertoire;
using Festival.Application.Repertoire.Update;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Repertoire;

public sealed class PieceDetailsModel(IMediator mediator) : PageModel
{
    public PieceDetailsView View { get; private set; } = null!;

    [BindProperty]
    public PieceForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new PieceForm { Title = View.Title, Composer = View.Composer, DurationSeconds = View.DurationSeconds };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(new UpdatePieceCommand(id, Input.Title ?? string.Empty, Input.Composer ?? string.Empty, Input.DurationSeconds), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = "Saved.";
                return RedirectToPage(new { id });
            }

            ModelState.AddErrors(result);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(new PieceDetailsQuery(id), cancellationToken);
        View = view!;
        return view is not null;
    }

    public sealed class PieceForm
    {
        public string? Title { get; set; }

        public string? Composer { get; set; }

        [Display(Name = "Duration (seconds)")]
        public int DurationSeconds { get; set; }
    }
}
