using Festival.Application.Accounts;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Users;
using Festival.Application.Profiles;
using Festival.Application.Accounts.SignIn;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Festival.Web.Api;

/// <summary><c>/api/account</c>: the same commands as the pages, answered with JSON and status codes, never redirects.</summary>
public static class AccountEndpoints
{
    /// <summary>Fields may be missing: the command then says which, keyed by field, like any other invalid input.</summary>
    public sealed record RegisterRequest(string? Email = null, string? Password = null, string? DisplayName = null);

    public sealed record SignInRequest(string? Email = null, string? Password = null);

    public sealed record AccountResponse(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles);

    public sealed record MeResponse(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/api/account").WithTags("Account");

        account.MapPost("/register", Register)
            .RequireRateLimiting(RateLimitOptions.Register)
            .WithSummary("Creates an account. Every reaction to a registration runs before this answers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        account.MapPost("/login", SignIn)
            .RequireRateLimiting(RateLimitOptions.SignIn)
            .WithSummary("Signs in with email and password and sets the sign-in cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        account.MapPost("/logout", SignOut).WithSummary("Ends the session.");

        account.MapGet("/me", Me).RequireAuthorization().WithSummary("The signed-in account, its roles and permissions.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return routes;
    }

    private static async Task<IResult> Register(RegisterRequest request, IMediator mediator, CancellationToken ct)
    {
        var result = await mediator.Send(new RegisterUserCommand(request.Email ?? string.Empty, request.Password ?? string.Empty, request.DisplayName), ct);
        if (!result.Succeeded)
        {
            return ApiResults.Problem(result);
        }

        var account = await mediator.Send(new GetAccountQuery(result.Value), ct);
        return TypedResults.Created("/api/account/me",
            new AccountResponse(result.Value, account!.Email, AccountInput.NormalizeText(request.DisplayName), account.Roles));
    }

    private static async Task<IResult> SignIn(SignInRequest request, HttpContext context, IMediator mediator, CancellationToken ct)
    {
        if (ApiResults.Required(("email", request.Email), ("password", request.Password)) is { } missing)
        {
            return missing;
        }

        var outcome = await mediator.Send(new SignInCommand(request.Email!, request.Password!, RememberMe: false, context.ClientIp()), ct);
        if (outcome != SignInOutcome.SignedIn)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: outcome switch
                {
                    SignInOutcome.LockedOut => "This account is locked after too many failed sign-ins. Try again in 15 minutes.",
                    SignInOutcome.Deactivated => "This account has been deactivated.",
                    SignInOutcome.EmailNotConfirmed => "Confirm your email address first.",
                    SignInOutcome.NotAllowed => "This account cannot sign in yet.",
                    // The API has no second step; the password was right, so say why it is not enough.
                    SignInOutcome.RequiresTwoFactor => "This account uses two-factor sign-in: sign in on the website.",
                    _ => "The email or password is not correct.",
                });
        }

        var account = await mediator.Send(new FindAccountByEmailQuery(request.Email!), ct);
        return TypedResults.Ok(new AccountResponse(account!.Id, account.Email, null, account.Roles));
    }

    private static async Task<NoContent> SignOut(HttpContext context, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new SignOutCommand(context.User.UserId(), context.ClientIp()), ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Me(HttpContext context, IMediator mediator, CancellationToken ct)
    {
        var user = context.User;
        var profile = await mediator.Send(new GetPrimaryProfileQuery(user.RequiredUserId()), ct);
        if (profile is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This account no longer exists.");
        }

        return TypedResults.Ok(new MeResponse(profile.UserId, profile.Email, profile.DisplayName, user.Roles(), user.Permissions()));
    }
}
