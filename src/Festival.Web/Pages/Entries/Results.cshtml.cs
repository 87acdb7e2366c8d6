using Festival.Application.Results;
using Festival.Application.Results.Documents;
using Festival.Application.Results.Published;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>The published results an account sees in full: its own people's entries and, for a teacher, every student's.</summary>
public sealed class ResultsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ResultLine> Lines { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>The entries that earned a certificate.</summary>
    public IReadOnlySet<int> Certificates { get; private set; } = new HashSet<int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new MyResultsQuery(User.RequiredUserId()), cancellationToken);
        Lines = result.Succeeded ? result.Value : [];
        Problem = result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Message));
        Certificates = await mediator.Send(new CertificateEntriesQuery(Lines), cancellationToken);
    }

    /// <summary>An entry's comment sheet (<c>?handler=Sheet&amp;entryId=</c>): the same access as the API, 404 otherwise.</summary>
    public Task<IActionResult> OnGetSheetAsync(int entryId, CancellationToken cancellationToken) => DocumentAsync(entryId, ResultDocumentKind.CommentSheet, cancellationToken);

    /// <summary>An entry's certificate (<c>?handler=Certificate&amp;entryId=</c>), when it earned one.</summary>
    public Task<IActionResult> OnGetCertificateAsync(int entryId, CancellationToken cancellationToken) => DocumentAsync(entryId, ResultDocumentKind.Certificate, cancellationToken);

    private async Task<IActionResult> DocumentAsync(int entryId, ResultDocumentKind kind, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetResultDocumentQuery(User.RequiredUserId(), entryId, kind, User.Has(Permissions.FestivalAdmin)), cancellationToken);
        return result.Succeeded ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : NotFound();
    }
}
