namespace Festival.Application.Accounts.ChangePassword;

/// <summary>Replaces a signed-in user's password after checking the current one. Other sessions are signed out.</summary>
public sealed record ChangePasswordCommand(string UserId, string CurrentPassword, string NewPassword) : IRequest<Result>
{
    public override string ToString() => $"{nameof(ChangePasswordCommand)} {{ UserId = {UserId} }}";
}
