using Festival.Application.Syllabus.Browse;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Syllabus;

/// <summary>The current season's syllabus, public, so people can see the classes before signing up.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Discipline { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SyllabusPage? Syllabus { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SearchSyllabusQuery(Text, Discipline, Level, PageNumber), cancellationToken);
        if (result.Succeeded)
        {
            Syllabus = result.Value;
        }
        else
        {
            Problem = result.Errors[0].Message;
        }
    }
}
