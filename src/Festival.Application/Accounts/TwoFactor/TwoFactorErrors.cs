namespace Festival.Application.Accounts.TwoFactor;

public static class TwoFactorErrors
{
    public static Error CodeWrong => Error.Validation("Code", "code_wrong", "That code is not right. Type the 6-digit code your authenticator app shows now.");

    public static Error CodeReplayed =>
        Error.Validation("Code", "code_used", "That code has already been used. Wait for your authenticator app to show the next one.");

    public static Error AlreadyEnabled => Error.Conflict("two_factor_enabled", "Two-factor sign-in is already on for this account.");

    public static Error NotEnabled => Error.Conflict("two_factor_not_enabled", "Two-factor sign-in is not on for this account.");

    public static Error ProofRequired =>
        Error.Validation("Password", "proof_required", "Enter your password, or a code from your authenticator app or a recovery code.");

    public static Error ProofWrong =>
        Error.Validation("Password", "proof_wrong", "That password or code is not right; two-factor sign-in is still on.");

    public static Error From(TotpVerdict verdict) => verdict == TotpVerdict.Replayed ? CodeReplayed : CodeWrong;
}
