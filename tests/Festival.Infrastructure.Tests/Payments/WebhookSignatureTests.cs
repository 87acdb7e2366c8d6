using Festival.Infrastructure.Payments;

namespace Festival.Infrastructure.Tests.Payments;

/// <summary>The signed-webhook rules on their own: the signature covers the body and the timestamp, and a stale timestamp is refused.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "a-shared-secret-of-thirty-two-chars!";
    private const string Body = """{"id":"evt_1","type":"payment.succeeded"}""";
    private static readonly DateTimeOffset Now = new(2027, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Test]
    public void A_body_signed_now_with_the_secret_is_valid()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);

        Assert.That(header, Does.Match("^t=[0-9]+,v1=[0-9a-f]{64}$"));
        Assert.That(WebhookSignature.Verify(Secret, header, Body, Now.AddSeconds(30), Tolerance), Is.EqualTo(WebhookSignature.Outcome.Valid));
    }

    [Test]
    public void An_altered_body_another_secret_or_an_altered_timestamp_is_invalid()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);
        var otherTime = header.Replace($"t={Now.ToUnixTimeSeconds()}", $"t={Now.ToUnixTimeSeconds() + 1}", StringComparison.Ordinal);

        Assert.That(WebhookSignature.Verify(Secret, header, Body.Replace("evt_1", "evt_2", StringComparison.Ordinal), Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Invalid));
        Assert.That(WebhookSignature.Verify("another-secret-of-thirty-two-chars!!", header, Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Invalid));
        Assert.That(WebhookSignature.Verify(Secret, otherTime, Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Invalid));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("v1=00")]
    [TestCase("t=1800000000")]
    [TestCase("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("t=1800000000,v1=zz00000000000000000000000000000000000000000000000000000000000000")]
    public void A_missing_or_malformed_header_is_invalid(string? header) =>
        Assert.That(WebhookSignature.Verify(Secret, header, Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Invalid));

    [Test]
    public void A_genuine_signature_older_or_newer_than_the_tolerance_is_stale()
    {
        Assert.That(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddMinutes(-6), Body), Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Stale));
        Assert.That(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddMinutes(6), Body), Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Stale));
        Assert.That(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddMinutes(-4), Body), Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Valid));
    }

    [Test]
    public void A_header_with_several_signatures_is_valid_when_one_matches_as_during_a_secret_rotation()
    {
        var genuine = WebhookSignature.Sign(Secret, Now, Body);
        var header = $"{genuine},v1={new string('0', 64)}";

        Assert.That(WebhookSignature.Verify(Secret, header, Body, Now, Tolerance), Is.EqualTo(WebhookSignature.Outcome.Valid));
    }
}
