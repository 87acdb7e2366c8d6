using Festival.Application.Accounts.TwoFactor;
using Microsoft.Extensions.Time.Testing;

namespace Festival.Application.Tests.Accounts.TwoFactor;

public sealed class TotpTests
{
    // RFC 6238 appendix B's SHA-1 secret, "12345678901234567890", in Base32.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 10, TimeSpan.Zero));

    private string CodeAt(TimeSpan offset) => Totp.Code(RfcKey, Totp.TimeStepAt(_clock.GetUtcNow() + offset));

    [TestCase(59, "287082")]
    [TestCase(1111111109, "081804")]
    [TestCase(1234567890, "005924")]
    [TestCase(2000000000, "279037")]
    public void Codes_are_the_last_six_digits_of_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        Assert.That(Totp.Code(RfcKey, Totp.TimeStepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))), Is.EqualTo(expected));
    }

    [Test]
    public void The_current_code_is_accepted_and_names_its_time_step()
    {
        var check = Totp.Check(RfcKey, CodeAt(TimeSpan.Zero), _clock.GetUtcNow(), lastAcceptedStep: null);

        Assert.That(check, Is.EqualTo(new TotpCheck(TotpVerdict.Accepted, Totp.TimeStepAt(_clock.GetUtcNow()))));
    }

    [Test]
    public void A_code_typed_with_spaces_or_a_dash_is_accepted()
    {
        var code = CodeAt(TimeSpan.Zero);

        Assert.That(Totp.Check(RfcKey, $"{code[..3]} {code[3..]}", _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Accepted));
        Assert.That(Totp.Check(RfcKey, $"{code[..3]}-{code[3..]}", _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Accepted));
    }

    [Test]
    public void A_phone_clock_one_step_behind_or_ahead_still_works()
    {
        var behind = CodeAt(-Totp.Step);
        var ahead = CodeAt(Totp.Step);

        Assert.That(Totp.Check(RfcKey, behind, _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Accepted));
        Assert.That(Totp.Check(RfcKey, ahead, _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Accepted));
    }

    [Test]
    public void A_phone_clock_two_steps_off_is_refused()
    {
        var behind = CodeAt(-2 * Totp.Step);
        var ahead = CodeAt(2 * Totp.Step);

        Assert.That(Totp.Check(RfcKey, behind, _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Wrong));
        Assert.That(Totp.Check(RfcKey, ahead, _clock.GetUtcNow(), null).Verdict, Is.EqualTo(TotpVerdict.Wrong));
    }

    [Test]
    public void A_code_works_once_even_within_its_window()
    {
        var code = CodeAt(TimeSpan.Zero);
        var first = Totp.Check(RfcKey, code, _clock.GetUtcNow(), null);

        _clock.Advance(TimeSpan.FromSeconds(20));
        var again = Totp.Check(RfcKey, code, _clock.GetUtcNow(), first.TimeStep);

        Assert.That(first.Verdict, Is.EqualTo(TotpVerdict.Accepted));
        Assert.That(again.Verdict, Is.EqualTo(TotpVerdict.Replayed));
    }

    [Test]
    public void After_a_code_was_used_an_older_one_of_the_window_is_refused_but_the_next_one_works()
    {
        var used = Totp.TimeStepAt(_clock.GetUtcNow());

        Assert.That(Totp.Check(RfcKey, CodeAt(-Totp.Step), _clock.GetUtcNow(), used).Verdict, Is.EqualTo(TotpVerdict.Replayed));
        _clock.Advance(Totp.Step);
        Assert.That(Totp.Check(RfcKey, CodeAt(TimeSpan.Zero), _clock.GetUtcNow(), used).Verdict, Is.EqualTo(TotpVerdict.Accepted));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("12345")]
    [TestCase("1234567")]
    [TestCase("12a456")]
    [TestCase("١٢٣٤٥٦")]
    public void Anything_but_six_ASCII_digits_is_a_wrong_code(string? typed)
    {
        Assert.That(Totp.Check(RfcKey, typed, _clock.GetUtcNow(), null), Is.EqualTo(new TotpCheck(TotpVerdict.Wrong, null)));
    }

    [Test]
    public void Another_keys_code_is_wrong()
    {
        var otherKey = "JBSWY3DPEHPK3PXP";

        Assert.That(Totp.Check(RfcKey, Totp.Code(otherKey, Totp.TimeStepAt(_clock.GetUtcNow())), _clock.GetUtcNow(), null).Verdict,
            Is.EqualTo(TotpVerdict.Wrong));
    }

    [Test]
    public void The_setup_link_names_the_issuer_the_account_and_the_key()
    {
        Assert.That(Totp.SetupUri("Festival", "ada@example.org", "ABCD"),
            Is.EqualTo("otpauth://totp/Festival:ada%40example.org?secret=ABCD&issuer=Festival&digits=6"));
    }
}
