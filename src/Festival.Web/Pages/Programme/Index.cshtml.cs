using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Programme;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Programme;

/// <summary>The public programme: day → venue → session → class → performers in order, searchable, printable, and as a PDF once published.</summary>
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

    /// <summary><c>?handler=Pdf</c>: the whole published programme (the search does not narrow it); not found before publishing.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetProgrammePdfQuery(Season), cancellationToken);
        return result.Succeeded ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : NotFound();
    }
}
