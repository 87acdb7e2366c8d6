using Festival.Application.Accounts;
using Festival.Application.Accounts.Users;
using Festival.Application.Common;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;

namespace Festival.Web.Api;

/// <summary><c>/api/admin</c>: account administration for scripts. Every endpoint needs the <c>admin</c> permission.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(PermissionPolicy.For(Permissions.Admin));

        admin.MapGet("/users", (string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListAccountsQuery(search, page ?? 1, pageSize ?? 25), ct))
            .WithSummary("Accounts, newest first, optionally filtered by email.")
            .Produces<PagedList<AccountSummary>>();

        admin.MapGet("/users/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetAccountQuery(id), ct) is { } account
                    ? Results.Ok(account)
                    : ApiResults.Problem(Result.Failed(AccountErrors.UserNotFound(id))))
            .WithSummary("One account with its roles.")
            .Produces<AccountSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }
}
