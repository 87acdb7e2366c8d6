using Festival.Application.Accounts.Passkeys;
using Festival.Application.Accounts.Sessions;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.TwoFactor;
using Festival.Application.Common;
using Festival.Web.Accounts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Festival.Web.Pages.Account;

/// <summary>How the account signs in (two-factor, recovery codes, passkeys) and where it is signed in.</summary>
public sealed class SecurityModel(IMediator mediator, ISignInSessions sessions, IOptions<SecurityOptions> security) : PageModel
{
    /// <summary>True while this account's permissions need a second factor it does not have yet.</summary>
    public bool SecondFactorRequired => SecondFactorRule.IsUnmet(User, security.Value);

    public TwoFactorStatus TwoFactor { get; private set; } = null!;

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public IReadOnlyList<PasskeyView> Passkeys { get; private set; } = [];

    /// <summary>This browser's session, marked in the list and never offered for signing out from here.</summary>
    public string? CurrentSessionId => User.SessionId();

    /// <summary>Recovery codes just made: shown once, on this answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RegenerateRecoveryCodesCommand(User.RequiredUserId()), cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = result.ToString();
            return RedirectToPage();
        }

        NewRecoveryCodes = result.Value;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? sessionId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RevokeSessionCommand(User.RequiredUserId(), sessionId ?? string.Empty, CurrentSessionId), cancellationToken);
        return Status(result, "That browser is signed out.");
    }

    public async Task<IActionResult> OnPostRevokeOthersAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RevokeOtherSessionsCommand(User.RequiredUserId(), CurrentSessionId), cancellationToken);
        return Status(result, "Every other browser is signed out.");
    }

    /// <summary>The options for <c>navigator.credentials.create()</c>; this browser keeps the challenge for the answer.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new GetPasskeyCreationOptionsQuery(User.RequiredUserId()), cancellationToken) is { } json
            ? Content(json, "application/json")
            : NotFound();

    public async Task<IActionResult> OnPostAddPasskeyAsync(string? credentialJson, string? passkeyName, CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var result = await mediator.Send(new AddPasskeyCommand(userId, credentialJson, passkeyName), cancellationToken);
        if (result.Succeeded)
        {
            // A passkey is a second factor: the cookie says so from now on.
            await sessions.RefreshAsync(userId);
        }

        return Status(result, $"Passkey \"{passkeyName?.Trim()}\" added: you can sign in with it instead of your password.");
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync(string? passkeyId, CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var result = await mediator.Send(new RemovePasskeyCommand(userId, passkeyId ?? string.Empty), cancellationToken);
        if (result.Succeeded)
        {
            await sessions.RefreshAsync(userId);
        }

        return Status(result, "The passkey was removed.");
    }

    private RedirectToPageResult Status(Result result, string done)
    {
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? done : result.ToString();
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Sessions = await mediator.Send(new ListSessionsQuery(User.RequiredUserId()), cancellationToken);
        Passkeys = await mediator.Send(new ListPasskeysQuery(User.RequiredUserId()), cancellationToken);
        var status = await mediator.Send(new GetTwoFactorStatusQuery(User.RequiredUserId()), cancellationToken);
        TwoFactor = status!;
        return status is not null;
    }
}
