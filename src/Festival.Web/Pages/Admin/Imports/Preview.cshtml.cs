using Festival.Application.Common;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Reports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Imports;

/// <summary>
/// What a staged import would do, planned again against the data as it is now; Commit writes it if the plan is still the
/// one shown (its fingerprint travels in the form), and the rejected rows can be downloaded to fix and import again.
/// </summary>
public sealed class PreviewModel(IMediator mediator, IEnumerable<ITableWriter> writers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public StagedImport Staged { get; private set; } = null!;

    /// <summary>Set after a successful commit: what was written.</summary>
    public ImportPlan? Written { get; private set; }

    /// <summary>Why a commit did not happen, shown above the fresh preview.</summary>
    public string? CommitError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCommitAsync(string? fingerprint, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CommitImportCommand(Id, fingerprint ?? string.Empty), cancellationToken);
        if (result.Succeeded)
        {
            Written = result.Value;
        }
        else if (result.Errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return NotFound();
        }
        else
        {
            CommitError = string.Join(" ", result.Errors.Select(e => e.Message));
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetRejectedAsync(string? format, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<TableFormat>(format, ignoreCase: true, out var tableFormat) || writers.FirstOrDefault(w => w.Format == tableFormat) is not { } writer)
        {
            return NotFound();
        }

        var staged = await mediator.Send(new GetStagedImportQuery(Id), cancellationToken);
        if (!staged.Succeeded)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await writer.WriteAsync(RejectedRowsFile.For(staged.Value.Plan), output, cancellationToken);
        output.Position = 0;
        return File(output, writer.ContentType, $"{Path.GetFileNameWithoutExtension(staged.Value.Plan.FileName)}-rejected{writer.Extension}");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var staged = await mediator.Send(new GetStagedImportQuery(Id), cancellationToken);
        if (!staged.Succeeded)
        {
            return NotFound();
        }

        Staged = staged.Value;
        return Page();
    }
}
