using Festival.Application.Accounts.Data;
using Festival.Application.Accounts.Delete;
using Festival.Application.Accounts.SignIn;
using MediatR;

namespace Festival.Web.Api;

/// <summary>The account's own data over the API: the same export and deletion as /Account/Data.</summary>
public static class PrivacyEndpoints
{
    public sealed record DeleteAccountRequest(string ConfirmEmail);

    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/api/account").WithTags("Account").RequireAuthorization();
        account.MapGet("/data", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new ExportAccountDataQuery(http.User.RequiredUserId()), ct) is { Succeeded: true } export
                    ? Results.Json(export.Value, Pages.Account.DataModel.Json)
                    : Results.NotFound())
            .WithSummary("Everything held about the account and the people it manages, as JSON.").Produces<AccountDataExport>();
        account.MapPost("/delete", async (DeleteAccountRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var deleted = await mediator.Send(new DeleteAccountCommand(http.User.RequiredUserId(), body.ConfirmEmail), ct);
                if (!deleted.Succeeded)
                {
                    return ApiResults.Problem(deleted);
                }

                await mediator.Send(new SignOutCommand(null, http.ClientIp()), ct);
                return Results.Ok(deleted.Value);
            })
            .WithSummary("Deletes the account (confirm with its email); its people are anonymized or kept as /Account/Data explains.")
            .Produces<AccountDeletedNotification>().ProducesValidationProblem();
        return routes;
    }
}
