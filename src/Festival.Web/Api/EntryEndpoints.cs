using Festival.Application.Common;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Change;
using Festival.Application.Entries.LateWindow;
using Festival.Application.Entries.Staff;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Invoices;
using Festival.Application.People.Consent;
using Festival.Application.People.Groups;
using Festival.Application.Payments;
using Festival.Application.People.Managed;
using Festival.Application.Seasons.Fees;
using Festival.Application.Syllabus.Browse;
using Festival.Application.Syllabus.Cancel;
using Festival.Domain.Accounts;
using Festival.Domain.Invoices;
using Festival.Domain.Seasons;
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

    public sealed record GroupRequest(string Name, IReadOnlyList<int> MemberIds);

    public sealed record MediaConsentRequest(bool Granted);

    public sealed record IdResponse(int Id);

    public sealed record LateWindowRequest(DateTimeOffset ClosesAt, long SurchargeCents, string? Season = null);

    public sealed record FeesRequest(
        long RegistrationFeeCents, RegistrationFeeBasis RegistrationBasis, EntryDiscountKind DiscountKind, long DiscountValue, int DiscountFromEntry, string? Season = null);

    public sealed record CancelClassRequest(string Reason);

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
        entries.MapPut("/people/{id:int}/media-consent", async (int id, MediaConsentRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SetMediaConsentCommand(http.User.RequiredUserId(), id, body.Granted, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("Answers for the current season whether the festival may photograph and record the person: the person or a guardian (staff: a paper answer); 404 for anyone else.")
            .Produces<MediaConsentView>().ProducesProblem(StatusCodes.Status404NotFound);
        entries.MapGet("/groups", (HttpContext http, IMediator mediator, CancellationToken ct) => mediator.Send(new GetMyGroupsQuery(http.User.RequiredUserId()), ct))
            .WithSummary("The groups the account enters (it is their contact), with their performers.")
            .Produces<IReadOnlyList<GroupSummary>>();
        entries.MapPost("/groups", async (GroupRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Created(await mediator.Send(new CreateGroupCommand(http.User.RequiredUserId(), body.Name, body.MemberIds), ct)))
            .WithSummary("Makes a group of people the account enters, to enter it in classes for groups (basket items with groupId).")
            .Produces<IdResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
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
        entries.MapGet("/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetEntryForChangeQuery(http.User.RequiredUserId(), id, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("An entry the account submitted (staff: any), as it can be changed, and why it cannot be now if so.")
            .Produces<EntryForChange>().ProducesProblem(StatusCodes.Status404NotFound);
        entries.MapPut("/{id:int}", async (int id, EntryChange body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new ChangeEntryCommand(http.User.RequiredUserId(), id, body, http.User.Has(Permissions.FestivalAdmin)), ct)))
            .WithSummary("Changes an entry's repertoire, teacher, accompanist and comments, until the deadline unless paid; staff at any time.")
            .Produces<EntryChanged>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        entries.MapGet("/invoice", async (int? number, string? season, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetInvoiceQuery(http.User.RequiredUserId(), number, http.User.Has(Permissions.FestivalAdmin), season), ct)))
            .WithSummary("The account's invoice for the season (default: the current one): lines, discounts, registration fees, payments, credit notes and balance. Staff read any by ?number=.")
            .Produces<InvoiceView>().ProducesProblem(StatusCodes.Status404NotFound);
        entries.MapGet("/invoice/pdf", async (int? number, string? season, HttpContext http, IMediator mediator, CancellationToken ct) =>
                Pdf(await mediator.Send(new GetInvoicePdfQuery(http.User.RequiredUserId(), number, http.User.Has(Permissions.FestivalAdmin), season), ct)))
            .WithSummary("The same invoice as a PDF; staff download any by ?number=.")
            .Produces(StatusCodes.Status200OK, contentType: InvoiceFiles.PdfContentType).ProducesProblem(StatusCodes.Status404NotFound);

        entries.MapPost("/invoice/checkout", async (HttpContext http, LinkGenerator links, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new StartCheckoutCommand(http.User.RequiredUserId(), InvoicePage(http, links, "paid"), InvoicePage(http, links, "cancelled")), ct)))
            .WithSummary("Starts paying the account's invoice online: send the payer to redirectUrl. 404 when the festival takes no payments online.")
            .Produces<CheckoutSession>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var staff = routes.MapGroup("/api/admin").WithTags("Festival staff").RequireAuthorization(PermissionPolicy.For(Permissions.FestivalAdmin));
        staff.MapPost("/entries/late-window", async (LateWindowRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new OpenLateWindowCommand(body.ClosesAt, body.SurchargeCents, body.Season), ct)))
            .WithSummary("Opens (or moves) the late window after the entry deadline, with its surcharge in cents.")
            .Produces<LateWindowOpenedNotification>().ProducesValidationProblem();
        staff.MapGet("/season/fees", async (string? season, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new GetSeasonFeesQuery(season), ct)))
            .WithSummary("The season's registration fee and n-th entry discount (default: the current season).")
            .Produces<SeasonFeesView>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/season/fees", async (FeesRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new SetSeasonFeesCommand(
                    new SeasonFees(body.RegistrationFeeCents, body.RegistrationBasis, body.DiscountKind, body.DiscountValue, body.DiscountFromEntry), body.Season), ct)))
            .WithSummary("Sets the registration fee (per participant or per payer, in cents) and the discount on a payer's n-th and later entries (Percent or Amount in cents).")
            .Produces<SeasonFeesChangedNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/classes/{id:int}/cancel", async (int id, CancelClassRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new CancelClassCommand(id, body.Reason), ct)))
            .WithSummary("Cancels a class: its entries are cancelled and each one on an invoice is credited with a numbered credit note.")
            .Produces<ClassCancelledNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/entries/late-window/close", async (IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new CloseLateWindowCommand(), ct)))
            .WithSummary("Closes the running late window now; 409 when none is open.")
            .Produces<LateWindowClosedNotification>().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/entries", async (string? @class, string? person, string? payer, StaffEntryStatus? status, int? page, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new StaffEntriesQuery(null, @class, person, payer, status ?? StaffEntryStatus.Current, page ?? 1), ct)))
            .WithSummary("The current season's entries, filtered by class, performer, payer's email and status (Current, Unpaid, Paid, Withdrawn).")
            .Produces<StaffEntries>();
        staff.MapGet("/invoices", async (string? q, bool? outstanding, int? page, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new ListInvoicesQuery(null, q, outstanding ?? false, page ?? 1), ct)))
            .WithSummary("The current season's invoices with total, paid and balance; outstanding=true keeps those with a balance due.")
            .Produces<InvoiceList>();
        staff.MapPost("/invoices/{number}/payments", async (int number, PaymentRequest body, IMediator mediator, CancellationToken ct) =>
                Answer(await mediator.Send(new RecordPaymentCommand(number, body.AmountCents, body.Method, body.Reference, body.ReceivedOn, body.Season), ct)))
            .WithSummary("Records a payment against an invoice; a reference already recorded on it is refused with 409.")
            .Produces<PaymentRecordedNotification>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static Uri InvoicePage(HttpContext http, LinkGenerator links, string outcome) =>
        new(links.GetUriByPage(http, "/Entries/Invoice", values: new { checkout = outcome })!);

    private static IResult Answer<T>(Result<T> result) => result.Succeeded ? Results.Ok(result.Value) : ApiResults.Problem(result);

    private static IResult Pdf(Result<DocumentFile> result) =>
        result.Succeeded ? Results.File(result.Value.Content, result.Value.ContentType, result.Value.FileName) : ApiResults.Problem(result);

    private static IResult Created(Result<int> result) =>
        result.Succeeded ? Results.Json(new IdResponse(result.Value), statusCode: StatusCodes.Status201Created) : ApiResults.Problem(result);

    private static IResult NoContent(Result result) => result.Succeeded ? Results.NoContent() : ApiResults.Problem(result);
}
