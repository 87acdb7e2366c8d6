using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Application.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Documents;

/// <summary>
/// An entry's comment sheet or certificate as a PDF: for an account that may see the entry (as on <c>/Entries</c>) once its
/// results are published, for staff at any time. Anything else, a certificate the entry did not earn included, is not found.
/// </summary>
public sealed record GetResultDocumentQuery(string UserId, int EntryId, ResultDocumentKind Kind, bool AsStaff = false) : IRequest<Result<DocumentFile>>;

internal sealed class GetResultDocumentHandler(
    IResults results, IAdjudication adjudication, ISeasons seasons, IOnlineEntries entries, IOptions<ResultsOptions> options, IResultDocuments documents)
    : IRequestHandler<GetResultDocumentQuery, Result<DocumentFile>>
{
    public async Task<Result<DocumentFile>> Handle(GetResultDocumentQuery request, CancellationToken cancellationToken)
    {
        var notFound = Result<DocumentFile>.Failed(ResultErrors.DocumentNotFound(request.EntryId));
        if (await results.FindTargetAsync(request.EntryId, cancellationToken) is not { } target)
        {
            return notFound;
        }

        if (!request.AsStaff && !(await entries.EntriesVisibleToAsync(request.UserId, target.SeasonId, cancellationToken)).Any(e => e.Id == request.EntryId))
        {
            return notFound;
        }

        var sheets = await ResultFiles.SheetsAsync(results, adjudication, seasons, options, target.SeasonId, [request.EntryId], cancellationToken);
        if (sheets.Count == 0 || (!request.AsStaff && !sheets[0].Line.Published)
            || (request.Kind == ResultDocumentKind.Certificate && !sheets[0].EarnsCertificate))
        {
            return notFound;
        }

        return Result<DocumentFile>.Success(ResultFiles.File(sheets[0], request.Kind, documents));
    }
}

/// <summary>Which of <paramref name="Lines"/> earned a certificate, for the page to offer it.</summary>
public sealed record CertificateEntriesQuery(IReadOnlyList<ResultLine> Lines) : IRequest<IReadOnlySet<int>>;

internal sealed class CertificateEntriesHandler(IResults results, IOptions<ResultsOptions> options) : IRequestHandler<CertificateEntriesQuery, IReadOnlySet<int>>
{
    public async Task<IReadOnlySet<int>> Handle(CertificateEntriesQuery request, CancellationToken cancellationToken)
    {
        var earned = new HashSet<int>();
        foreach (var line in request.Lines)
        {
            if (await results.FindTargetAsync(line.EntryId, cancellationToken) is { } target
                && await results.SettingsAsync(options, target.SeasonId, cancellationToken) is var settings
                && ResultFiles.EarnsCertificate(line, settings.Scale, settings.CertificateBand))
            {
                earned.Add(line.EntryId);
            }
        }

        return earned;
    }
}
