using Festival.Application.Common;
using Festival.Application.Reports;
using Festival.Application.Scheduling.Documents;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.Setup;
using Festival.Application.Scheduling.View;
using Festival.Domain.Accounts;
using Festival.Web.Reports;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// <c>/api/admin/schedule</c>: the season's schedule (grid, check, export), generating it (preview or commit), manual
/// edits, and the venues, rooms, adjudicators and sessions it is built on. Every endpoint needs <c>festival_admin</c>.
/// An edit with a blocking conflict and no override answers 409 with the conflicts and changes nothing.
/// </summary>
public static class ScheduleEndpoints
{
    public static IEndpointRouteBuilder MapScheduleApi(this IEndpointRouteBuilder routes)
    {
        var schedule = routes.MapGroup("/api/admin/schedule").WithTags("Schedule").RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));

        schedule.MapGet("", async (string? season, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(new GetScheduleQuery(season), ct)))
            .WithSummary("The stored schedule: sessions (room, adjudicator, times) with their classes and each class's entries in order, and what is unscheduled.")
            .Produces<ScheduleView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        schedule.MapGet("/check", async (string? season, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(new CheckScheduleQuery(season), ct)))
            .WithSummary("Every conflict of the stored schedule, blocking first, with the classes and people involved.")
            .Produces<ScheduleCheckReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        schedule.MapGet("/export", async (string? season, string? format, IMediator mediator, IEnumerable<ITableWriter> writers, CancellationToken ct) =>
            {
                if (string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
                {
                    var pdf = await mediator.Send(new GetProgrammePdfQuery(season, Draft: true), ct);
                    return pdf.Succeeded ? Results.File(pdf.Value.Content, pdf.Value.ContentType, pdf.Value.FileName) : ApiResults.Problem(pdf);
                }

                var result = await mediator.Send(new GetScheduleQuery(season), ct);
                if (!result.Succeeded)
                {
                    return ApiResults.Problem(result);
                }

                if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                {
                    return string.IsNullOrEmpty(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
                        ? Results.Ok(result.Value)
                        : ApiResults.Problem(Result.Failed(Error.Validation("Format", "format", "The format is csv, json or pdf.")));
                }

                var file = await ReportFile.WriteAsync(writers, ScheduleTable.From(result.Value), TableFormat.Csv, $"schedule-{result.Value.Season}", ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("The stored schedule as JSON (as GET /), CSV (one row per entry) or PDF (the programme as stored, published or not).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        schedule.MapPost("/generate", async (GenerateScheduleCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Generates the schedule: commit false previews the quality and writes nothing; commit true replaces the scheduled classes, keeping pins.")
            .Produces<ScheduleGenerationReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        schedule.MapPost("/publish", async (PublishScheduleCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Publishes the stored schedule as the next version; 409 while a conflict is blocking unless override is true.")
            .Produces<SchedulePublishedNotification>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        schedule.MapPost("/move", async (MoveScheduledClassCommand command, IMediator mediator, CancellationToken ct) => Edited(await mediator.Send(command, ct)))
            .WithSummary("Moves a class part to a session and start time (an unscheduled class is placed whole).");
        schedule.MapPost("/swap", async (SwapScheduledClassesCommand command, IMediator mediator, CancellationToken ct) => Edited(await mediator.Send(command, ct)))
            .WithSummary("Two class parts trade places.");
        schedule.MapPost("/reorder", async (ReorderEntriesCommand command, IMediator mediator, CancellationToken ct) => Edited(await mediator.Send(command, ct)))
            .WithSummary("Sets the performance order of a class part's entries.");
        schedule.MapPost("/pin", async (PinClassCommand command, IMediator mediator, CancellationToken ct) => Edited(await mediator.Send(command, ct)))
            .WithSummary("Pins a class where it is, to a session, or to a session and time, or releases it (unpin).");

        schedule.MapGet("/setup", async (string? season, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(new GetScheduleSetupQuery(season), ct)))
            .WithSummary("Every venue with its rooms, and the season's adjudicators.")
            .Produces<ScheduleSetupView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        schedule.MapPost("/venues", async (SaveVenueCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Creates a venue (no venueId) or edits one; answers its id.");
        schedule.MapPost("/rooms", async (SaveRoomCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Creates a room of a venue (no roomId) or edits one, with the disciplines it suits; answers its id.");
        schedule.MapPost("/adjudicators", async (SaveAdjudicatorCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Makes a person an adjudicator of the season (no adjudicatorId) or edits one; answers its id.");
        schedule.MapPost("/sessions", async (SaveSessionCommand command, IMediator mediator, CancellationToken ct) => Answer(await mediator.Send(command, ct)))
            .WithSummary("Creates a session (no sessionId) or edits one; answers its id.");
        schedule.MapPost("/sessions/template", async (CreateSessionsFromTemplateCommand command, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(command, ct)))
            .WithSummary("Creates a session for each day, time range and room; answers the new sessions' ids.");
        schedule.MapPost("/settings", async (UpdateScheduleSettingsCommand command, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(command, ct) is var result && result.Succeeded ? Results.NoContent() : ApiResults.Problem(result))
            .WithSummary("Sets times per entry and class, changeovers and soft-goal weights of the season.");

        return routes;
    }

    private static IResult Answer<T>(Result<T> result) => result.Succeeded ? TypedResults.Ok(result.Value) : ApiResults.Problem(result);

    private static IResult Edited(Result<ScheduleEditResult> result) =>
        !result.Succeeded ? ApiResults.Problem(result)
        : result.Value.Applied ? TypedResults.Ok(result.Value)
        : TypedResults.Conflict(result.Value);
}
