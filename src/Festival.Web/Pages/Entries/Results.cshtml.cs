using Festival.Application.Results;
using Festival.Application.Results.Published;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>The published results an account sees in full: its own people's entries and, for a teacher, every student's.</summary>
public sealed class ResultsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ResultLine> Lines { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new MyResultsQuery(User.RequiredUserId()), cancellationToken);
        Lines = result.Succeeded ? result.Value : [];
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
    }
}
