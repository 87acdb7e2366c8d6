using Festival.Application.Invoices;
using Festival.Application.Results.Sessions;
using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.Documents;

/// <summary>
/// A session's adjudicator sheets as a PDF, with the access of <see cref="GetSessionSheetQuery"/>: the session's own
/// adjudicator, or staff (<paramref name="AsStaff"/>); anyone else is told there is no such session.
/// </summary>
public sealed record GetAdjudicatorSheetsQuery(string UserId, int SessionId, bool AsStaff = false) : IRequest<Result<DocumentFile>>;

internal sealed class GetAdjudicatorSheetsHandler(IMediator mediator, ISeasons seasons, IScheduleDocuments documents)
    : IRequestHandler<GetAdjudicatorSheetsQuery, Result<DocumentFile>>
{
    public async Task<Result<DocumentFile>> Handle(GetAdjudicatorSheetsQuery request, CancellationToken cancellationToken)
    {
        var sheet = await mediator.Send(new GetSessionSheetQuery(request.UserId, request.SessionId, request.AsStaff), cancellationToken);
        if (!sheet.Succeeded)
        {
            return Result<DocumentFile>.Failed(sheet.Errors);
        }

        if (await seasons.FindAsync(sheet.Value.Session.SeasonId, cancellationToken) is not { } season)
        {
            return ScheduleErrors.SessionNotFound(request.SessionId);
        }

        return Result<DocumentFile>.Success(new DocumentFile(
            documents.AdjudicatorSheets(new AdjudicatorSheets(season.FestivalName, season.Name, sheet.Value)), InvoiceFiles.PdfContentType,
            $"adjudicator-sheets-{ScheduleFiles.SafeName(season.Name)}-session-{request.SessionId}.pdf"));
    }
}

internal static class ScheduleFiles
{
    /// <summary>A season's name as it may stand in a file name: letters, digits and dashes.</summary>
    public static string SafeName(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
