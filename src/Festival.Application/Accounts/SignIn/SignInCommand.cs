namespace Festival.Application.Accounts.SignIn;

/// <summary>Signs in with email and password. <paramref name="ClientIp"/> is recorded with what happened.</summary>
public sealed record SignInCommand(string? Email, string? Password, bool RememberMe, string? ClientIp) : IRequest<SignInOutcome>
{
    public override string ToString() => $"{nameof(SignInCommand)} {{ Email = {Email} }}";
}
