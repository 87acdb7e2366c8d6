using Festival.Application.Common;
using Festival.Application.Results;
using Festival.Application.Invoices;
using Festival.Application.Results.Appearances;
using Festival.Application.Results.Documents;
using Festival.Application.Results.Phrases;
using Festival.Application.Results.Placements;
using Festival.Application.Results.Publish;
using Festival.Application.Results.Reports;
using Festival.Application.Results.Rules;
using Festival.Application.Results.Save;
using Festival.Application.Results.SeasonAwards;
using Festival.Application.Results.Sessions;
using Festival.Application.Results.Submit;
using Festival.Domain.Accounts;
using Festival.Domain.Results;
using Festival.Web.Security;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// Adjudication over JSON: <c>/api/adjudicate</c> for adjudicators (their own sessions only; another's is 404), and
/// <c>/api/admin/results</c> for festival staff (every session, after submission too, publishing and the reports).
/// Saves are idempotent: each carries a version, a repeat is answered 200 as before, an older one 409 <c>stale_version</c>.
/// </summary>
public static class ResultsEndpoints
{
    public sealed record SaveResultRequest(long Version, string? Mark = null, string? Comments = null, string? Recommendation = null);

    public sealed record PlacementItem(int EntryId, Placement? Placement);

    public sealed record PlacementsRequest(IReadOnlyList<PlacementItem> Placements);

    public sealed record AppearanceRequest(Appearance Appearance);

    public sealed record PhraseRequest(string Text);

    public sealed record RulesRequest(
        string Scale, int MinimumEntriesForPlacements, IReadOnlyList<string>? Recommendations = null, bool PublicMarks = false, string? Season = null,
        string? CertificateBand = null);

    public sealed record AwardRequest(
        string Name, string? Discipline = null, string? Level = null, IReadOnlyList<string>? Classes = null, bool FirstPlaceOnly = false,
        string? OriginalName = null, string? Season = null);

    public sealed record DecideAwardRequest(string Award, int EntryId, string? Season = null);

    public sealed record PublishRequest(string? Season = null, IReadOnlyList<int>? ClassIds = null);

    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder routes)
    {
        // Families and teachers download the entries they may see once published; staff any entry.
        var documents = routes.MapGroup("/api/results/entries").WithTags("Results").RequireAuthorization();
        documents.MapGet("/{entryId:int}/comment-sheet", async (int entryId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Pdf(await mediator.Send(new GetResultDocumentQuery(http.User.RequiredUserId(), entryId, ResultDocumentKind.CommentSheet, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("The entry's comment sheet as a PDF: for an account that sees the entry once its results are published; staff any. Otherwise 404.")
            .Produces(StatusCodes.Status200OK, contentType: InvoiceFiles.PdfContentType).ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{entryId:int}/certificate", async (int entryId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Pdf(await mediator.Send(new GetResultDocumentQuery(http.User.RequiredUserId(), entryId, ResultDocumentKind.Certificate, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("The entry's certificate as a PDF, when it earned one (placed, or marked at or above the certificate band); access as for the comment sheet.")
            .Produces(StatusCodes.Status200OK, contentType: InvoiceFiles.PdfContentType).ProducesProblem(StatusCodes.Status404NotFound);

        var judge = routes.MapGroup("/api/adjudicate").WithTags("Adjudication").RequireAuthorization(PermissionPolicy.For(Permissions.Adjudicate));
        MapResultChanges(judge, asStaff: false);
        judge.MapGet("/sessions", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new ListSessionsQuery(http.User.RequiredUserId()), ct)))
            .WithSummary("The adjudicator's sessions of the current season, in time order.").Produces<IReadOnlyList<SessionSummary>>();
        judge.MapGet("/sessions/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetSessionSheetQuery(http.User.RequiredUserId(), id), ct)))
            .WithSummary("One of the adjudicator's sessions: classes in order, entries with performers, pieces and results so far; 404 for another's.")
            .Produces<SessionSheet>().ProducesProblem(StatusCodes.Status404NotFound);
        judge.MapPost("/sessions/{id:int}/submit", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SubmitSessionResultsCommand(http.User.RequiredUserId(), id), ct)))
            .WithSummary("Hands in the session's results: every entry that appeared marked, placements by the rules. Only staff change them afterwards.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        judge.MapGet("/phrases", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new ListPhrasesQuery(http.User.RequiredUserId()), ct)))
            .WithSummary("The adjudicator's reusable phrases.").Produces<IReadOnlyList<PhraseView>>();
        judge.MapPost("/phrases", async (PhraseRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new AddPhraseCommand(http.User.RequiredUserId(), body.Text), ct)))
            .WithSummary("Keeps a phrase (the same text twice is kept once).").Produces<PhraseView>().ProducesValidationProblem();
        judge.MapDelete("/phrases/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new RemovePhraseCommand(http.User.RequiredUserId(), id), ct)))
            .WithSummary("Drops one of the adjudicator's phrases.").ProducesProblem(StatusCodes.Status404NotFound);

        var staff = routes.MapGroup("/api/admin/results").WithTags("Results").RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));
        MapResultChanges(staff, asStaff: true);
        staff.MapGet("", async (string? season, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(new ResultsReportQuery(season), ct)))
            .WithSummary("A season's results: every entry by class, totals by teacher and school, recommendations, marks per adjudicator, awards with ties.")
            .Produces<ResultsReport>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/sessions", async (string? season, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new ListSessionsQuery(http.User.RequiredUserId(), AsStaff: true, season), ct)))
            .WithSummary("Every session of a season with whether its results are submitted.").Produces<IReadOnlyList<SessionSummary>>();
        staff.MapPost("/publish", async (PublishRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new PublishResultsCommand(http.User.RequiredUserId(), body.Season, body.ClassIds), ct)))
            .WithSummary("Publishes submitted results (the classes given, or all waiting) and emails families and teachers.")
            .Produces<ResultsPublishedNotification>().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/rules", async (RulesRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SetResultRulesCommand(http.User.RequiredUserId(), body.Season, body.Scale, body.MinimumEntriesForPlacements,
                    body.Recommendations ?? [], body.PublicMarks, body.CertificateBand), ct)))
            .WithSummary("Sets a season's mark scale, placement minimum, recommendations, whether public results show marks, and the certificate band.")
            .Produces<ResultRulesSetNotification>().ProducesValidationProblem();
        staff.MapGet("/awards", async (string? season, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(new SeasonAwardsQuery(season), ct)))
            .WithSummary("A season's awards and trophies: the rules and who each goes to from the published results, ties and staff's decisions.")
            .Produces<SeasonAwardsView>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/awards", async (AwardRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SaveAwardCommand(http.User.RequiredUserId(), body.Season, body.OriginalName, body.Name ?? string.Empty,
                    body.Discipline, body.Level, body.Classes ?? [], body.FirstPlaceOnly), ct)))
            .WithSummary("Adds an award to a season, or changes the one named originalName: a discipline (and level) or a set of class codes, optionally 1st places only.")
            .Produces<AwardSavedNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapDelete("/awards", async (string name, string? season, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new RemoveAwardCommand(http.User.RequiredUserId(), season, name), ct)))
            .WithSummary("Removes one of a season's awards (and the decision of its tie).").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/awards/decide", async (DecideAwardRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new DecideAwardCommand(http.User.RequiredUserId(), body.Season, body.Award ?? string.Empty, body.EntryId), ct)))
            .WithSummary("Decides a tied award: the winner is one of the entries tied for it now (409 otherwise).")
            .Produces<AwardDecidedNotification>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <summary>Saving, placing and recording appearance: the same for adjudicators (own sessions, until submitted) and staff.</summary>
    private static void MapResultChanges(RouteGroupBuilder group, bool asStaff)
    {
        group.MapPut("/results/{entryId:int}", async (int entryId, SaveResultRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SaveEntryResultCommand(http.User.RequiredUserId(), entryId, body.Version, body.Mark, body.Comments, body.Recommendation, asStaff), ct)))
            .WithSummary("Saves an entry's mark, comments and recommendation at a version: a newer version is applied, the same again is a no-op, an older one is 409 stale_version.")
            .Produces<EntryResultSaved>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/classes/{classId:int}/placements", async (int classId, PlacementsRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SetPlacementsCommand(http.User.RequiredUserId(), classId,
                    body.Placements.GroupBy(p => p.EntryId).ToDictionary(g => g.Key, g => g.Last().Placement), asStaff), ct)))
            .WithSummary("Sets placements in a class: ties allowed, no skipping, none below the minimum number of entries.")
            .Produces<PlacementsSet>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/entries/{entryId:int}/appearance", async (int entryId, AppearanceRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new RecordAppearanceCommand(http.User.RequiredUserId(), entryId, body.Appearance, asStaff), ct)))
            .WithSummary("Records whether an entry appeared: Expected, Late, Performed or Scratched.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Answer<T>(Result<T> result) => result.Succeeded ? Results.Ok(result.Value) : ApiResults.Problem(result);

    private static IResult NoContent(Result result) => result.Succeeded ? Results.NoContent() : ApiResults.Problem(result);

    private static IResult Pdf(Result<DocumentFile> result) =>
        result.Succeeded ? Results.File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : ApiResults.Problem(result);
}
