using Festival.Application.Scheduling.Programme;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Programme;

/// <summary>The public programme: day → venue → session → class → performers in order, searchable, printable.</summary>
public sealed class ProgrammeModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Season { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public ProgrammeView? Programme { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetProgrammeQuery(Season, Search), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Programme = result.Value;
        return Page();
    }
}
