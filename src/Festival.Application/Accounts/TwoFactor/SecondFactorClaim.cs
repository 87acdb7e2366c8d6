namespace Festival.Application.Accounts.TwoFactor;

/// <summary>
/// The sign-in cookie's note that the account has a second factor (an authenticator app or a passkey), so the staff
/// rule is checked without a query. Written when the cookie is issued or refreshed, as roles and permissions are.
/// </summary>
public static class SecondFactorClaim
{
    public const string Type = "second_factor";
    public const string Present = "true";
}
