using Festival.Application.Invoices;
using Festival.Application.Scheduling.Programme;

namespace Festival.Application.Scheduling.Documents;

/// <summary>
/// The programme of <see cref="GetProgrammeQuery"/> as a PDF: the published one, or with <paramref name="Draft"/> (staff
/// only) the schedule as stored. Not found before publishing unless a draft is asked for.
/// </summary>
public sealed record GetProgrammePdfQuery(string? Season = null, bool Draft = false) : IRequest<Result<DocumentFile>>;

internal sealed class GetProgrammePdfHandler(IMediator mediator, IScheduleDocuments documents) : IRequestHandler<GetProgrammePdfQuery, Result<DocumentFile>>
{
    public async Task<Result<DocumentFile>> Handle(GetProgrammePdfQuery request, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(new GetProgrammeQuery(request.Season, Draft: request.Draft), cancellationToken);
        if (!programme.Succeeded)
        {
            return Result<DocumentFile>.Failed(programme.Errors);
        }

        if (programme.Value.Schedule is null)
        {
            return ScheduleErrors.NotPublished;
        }

        var name = ScheduleFiles.SafeName(programme.Value.Season);
        return Result<DocumentFile>.Success(new DocumentFile(
            documents.Programme(programme.Value), InvoiceFiles.PdfContentType, request.Draft ? $"programme-{name}-draft.pdf" : $"programme-{name}.pdf"));
    }
}
