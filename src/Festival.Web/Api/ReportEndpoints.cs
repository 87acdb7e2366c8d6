using Festival.Application.Common;
using Festival.Application.Reports;
using Festival.Application.Reports.Classes;
using Festival.Application.Reports.Fees;
using Festival.Application.Reports.People;
using Festival.Application.Reports.Repertoire;
using Festival.Application.Reports.Season;
using Festival.Domain.Accounts;
using Festival.Domain.Syllabus;
using MediatR;

namespace Festival.Web.Api;

/// <summary><c>/api/admin/reports</c>: the season's reports as JSON for scripts. Every endpoint needs the <c>festival_admin</c> permission.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup("/api/admin/reports").WithTags("Reports").RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));

        reports.MapGet("/classes", async (string? season, string? discipline, string? level, ClassType? type, bool? hideEmpty,
                    ClassReportSort? sort, bool? descending, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new ClassReportQuery(season, discipline, level, type, hideEmpty ?? false, sort ?? ClassReportSort.Class,
                    descending ?? false, page ?? 1, pageSize ?? ReportPaging.DefaultPageSize), ct)))
            .WithSummary("Classes of a season (default: the current one) with entries, fee totals and performance time; filtered, sorted, paged.")
            .Produces<ClassReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/people", async (string? season, PeopleReportKind? kind, string? search, PeopleReportSort? sort, bool? descending,
                    int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new PeopleReportQuery(season, kind ?? PeopleReportKind.Participants, search, sort ?? PeopleReportSort.Name,
                    descending ?? false, page ?? 1, pageSize ?? ReportPaging.DefaultPageSize), ct)))
            .WithSummary("Participants, groups, teachers, accompanists or schools of a season, with their entries and fees.")
            .Produces<PeopleReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/repertoire", async (string? season, string? search, RepertoireReportSort? sort, bool? descending, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new RepertoireReportQuery(season, search, sort ?? RepertoireReportSort.Title, descending ?? false,
                    page ?? 1, pageSize ?? ReportPaging.DefaultPageSize), ct)))
            .WithSummary("Pieces a season's entries perform, with durations and the classes and entries using them.")
            .Produces<RepertoireReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/season", async (string? season, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SeasonDashboardQuery(season), ct)))
            .WithSummary("A season at a glance: entries, participants, fees due and paid (0 until payments exist), time per discipline.")
            .Produces<SeasonDashboard>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/fees", async (string? season, FeesReportKind? kind, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new FeesReportQuery(season, kind ?? FeesReportKind.Payers), ct)))
            .WithSummary("What the season's invoices charge: per payer with payments, credits and balance; outstanding balances; per participant, teacher or school.")
            .Produces<FeesReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    private static IResult Answer<T>(Result<T> result) => result.Succeeded ? TypedResults.Ok(result.Value) : ApiResults.Problem(result);
}
