using Festival.Application.Common;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.LateWindow;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Invoices;
using Festival.Application.Payments;
using Festival.Application.People.Managed;
using Festival.Application.Syllabus.Browse;
using Festival.Domain.Accounts;
using Festival.Domain.Invoices;
using Festival.Web.Security;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// Online entry for scripts and apps: the same commands as /Entries and /Syllabus, answered with JSON. People, entries
/// and invoices are found by relationship, exactly as on the pages; staff endpoints need <c>festival_admin</c>.
/// </summary>
public static class EntryEndpoints
{
    public sealed record AddPersonRequest(Relationship Relationship, string Name, DateOnly? BirthDate = null, string? Email = null, bool PublishName = false);

    public sealed record LinkRequest(string ProfileCode);

    public sealed record IdResponse(int Id);

    public sealed record LateWindowRequest(DateTimeOffset ClosesAt, long SurchargeCents, string? Season = null);

    public sealed record PaymentRequest(long AmountCents, PaymentMethod Method, string Reference, DateOnly ReceivedOn, string? Season = null);

    public static IEndpointRouteBuilder MapEntryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/syllabus", async (string? q, string? discipline, string? level, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SearchSyllabusQuery(q, discipline, level, page ?? 1, pageSize ?? SearchSyllabusQuery.DefaultPageSize), ct)))
            .WithTags("Syllabus").WithSummary("The current season's classes, searched by number, words, discipline and level. Public.")
            .Produces<SyllabusPage>();

        var entries = routes.MapGroup("/api/entries").WithTags("Entries").RequireAuthorization();
        entries.MapGet("/people", (HttpContext http, IMediator mediator, CancellationToken ct) => mediator.Send(new GetMyPeopleQuery(http.User.RequiredUserId()), ct))
            .WithSummary("The people the account enters: itself, its children, its students, and teacher link requests.")
            .Produces<MyPeople>();
        entries.MapPost("/people", async (AddPersonRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Created(await mediator.Send(new AddManagedPersonCommand(http.User.RequiredUserId(), body.Relationship, body.Name, body.BirthDate, body.Email, body.PublishName), ct)))
            .WithSummary("Adds the account's own person, a child or a student.").Produces<IdResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        entries.MapGet("/people/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetManagedPersonQuery(http.User.RequiredUserId(), id, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("One person, for themself, their guardians, their linked teacher and staff; 404 for anyone else.")
            .Produces<ManagedPersonView>().ProducesProblem(StatusCodes.Status404NotFound);
        entries.MapPost("/links", async (LinkRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Created(await mediator.Send(new RequestTeacherLinkCommand(http.User.RequiredUserId(), body.ProfileCode), ct)))
            .WithSummary("Asks to be the teacher of the person with this profile code; they (or a guardian) accept.")
            .Produces<IdResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapPost("/links/{id:int}/accept", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new AcceptTeacherLinkCommand(http.User.RequiredUserId(), id), ct)))
            .WithSummary("Accepts a teacher's link request for yourself or your child.").ProducesProblem(StatusCodes.Status404NotFound);

        entries.MapGet("/", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetMyEntriesQuery(http.User.RequiredUserId()), ct)))
            .WithSummary("The current season's entry window, the account's basket and the entries it may see.").Produces<MyEntries>();
        entries.MapPost("/basket", async (EntryDraft body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Created(await mediator.Send(new AddToBasketCommand(http.User.RequiredUserId(), body, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("Checks an entry and puts it into the basket.")
            .Produces<IdResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapDelete("/basket/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new RemoveFromBasketCommand(http.User.RequiredUserId(), id), ct)))
            .WithSummary("Takes an item out of the basket.").ProducesProblem(StatusCodes.Status404NotFound);
        entries.MapPost("/submit", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SubmitEntriesCommand(http.User.RequiredUserId(), http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("Submits the basket: all entries or none, one set however often it is sent.")
            .Produces<EntriesSubmittedNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapPost("/{id:int}/withdraw", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                NoContent(await mediator.Send(new WithdrawEntryCommand(http.User.RequiredUserId(), id, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("Withdraws an entry the account submitted, until the deadline; a paid entry is locked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapGet("/invoice", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetInvoiceQuery(http.User.RequiredUserId()), ct)))
            .WithSummary("The account's invoice for the current season: lines, payments and balance.")
            .Produces<InvoiceView>().ProducesProblem(StatusCodes.Status404NotFound);

        entries.MapPost("/invoice/checkout", async (HttpContext http, LinkGenerator links, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new StartCheckoutCommand(http.User.RequiredUserId(), InvoicePage(http, links, "paid"), InvoicePage(http, links, "cancelled")), ct)))
            .WithSummary("Starts paying the account's invoice online: send the payer to redirectUrl. 404 when the festival takes no payments online.")
            .Produces<CheckoutSession>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var staff = routes.MapGroup("/api/admin").WithTags("Festival staff").RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));
        staff.MapPost("/entries/late-window", async (LateWindowRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new OpenLateWindowCommand(body.ClosesAt, body.SurchargeCents, body.Season), ct)))
            .WithSummary("Opens (or moves) the late window after the entry deadline, with its surcharge in cents.")
            .Produces<LateWindowOpenedNotification>().ProducesValidationProblem();
        staff.MapPost("/invoices/{number}/payments", async (int number, PaymentRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new RecordPaymentCommand(number, body.AmountCents, body.Method, body.Reference, body.ReceivedOn, body.Season), ct)))
            .WithSummary("Records a payment against an invoice; a reference already recorded on it is refused with 409.")
            .Produces<PaymentRecordedNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static Uri InvoicePage(HttpContext http, LinkGenerator links, string outcome) =>
        new(links.GetUriByPage(http, "/Entries/Invoice", values: new { checkout = outcome })!);

    private static IResult Answer<T>(Result<T> result) => result.Succeeded ? Results.Ok(result.Value) : ApiResults.Problem(result);

    private static IResult Created(Result<int> result) =>
        result.Succeeded ? Results.Json(new IdResponse(result.Value), statusCode: StatusCodes.Status201Created) : ApiResults.Problem(result);

    private static IResult NoContent(Result result) => result.Succeeded ? Results.NoContent() : ApiResults.Problem(result);
}
