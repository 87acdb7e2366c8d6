using Festival.Application.Accounts.Register;

namespace Festival.Application.Tests.Accounts.Register;

public sealed class RegisterUserValidatorTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();

    private Task<IReadOnlyList<Error>> Validate(string email, string password = "Secret-123", string? displayName = null) =>
        new RegisterUserValidator(_accounts).ValidateAsync(new RegisterUserCommand(email, password, displayName), CancellationToken.None);

    [TestCase("ada@example.org")]
    [TestCase("  ada@example.org  ")]
    [TestCase("ada.lovelace+festival@music.example.org")]
    [TestCase("ada@bücher.example")]
    [TestCase("o'brien@example.co.uk")]
    public async Task Accepts_ordinary_email_addresses(string email) =>
        Assert.That(await Validate(email), Is.Empty);

    [TestCase("", "email_required")]
    [TestCase("   ", "email_required")]
    [TestCase("ada.example.org", "email_invalid")]
    [TestCase("ada @example.org", "email_invalid")]
    [TestCase("Ada <ada@example.org>", "email_invalid")]
    [TestCase("ada@", "email_invalid")]
    [TestCase("ada\u0000@example.org", "email_invalid")]
    [TestCase("ada\u202E@example.org", "email_invalid")]
    [TestCase("ada\t@example.org", "email_invalid")]
    [TestCase("\"ada lovelace\"@example.org", "email_invalid")]
    [TestCase("\"ada\"@example.org", "email_invalid")]
    [TestCase("ada@[127.0.0.1]", "email_invalid")]
    [TestCase("ada@localhost", "email_invalid")]
    [TestCase("ada@-example.org", "email_invalid")]
    [TestCase("ada@@example.org", "email_invalid")]
    [TestCase("<script>@example.org", "email_invalid")]
    public async Task Rejects_malformed_email_addresses(string email, string code) =>
        Assert.That((await Validate(email)).Select(e => e.Code), Is.EqualTo(new[] { code }));

    [Test]
    public async Task Rejects_an_email_longer_than_254_characters()
    {
        var errors = await Validate(new string('a', 245) + "@example.org");

        Assert.That(errors.Select(e => e.Code), Is.EqualTo(new[] { "email_too_long" }));
    }

    [Test]
    public async Task A_password_over_the_length_cap_is_refused_without_consulting_the_password_policy()
    {
        var errors = await Validate("ada@example.org", new string('x', 1_000_000));

        Assert.That(errors.Select(e => e.Code), Is.EqualTo(new[] { "password_too_long" }));
        await _accounts.DidNotReceiveWithAnyArgs().ValidatePasswordAsync(default!, default);
    }

    [Test]
    public async Task The_password_policy_decides_on_ordinary_passwords()
    {
        _accounts.ValidatePasswordAsync("weak", Arg.Any<CancellationToken>())
            .Returns([Error.Validation("Password", "password_too_short", "Too short.")]);

        var errors = await Validate("ada@example.org", "weak");

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("Password", "password_too_short") }));
    }

    [Test]
    public async Task An_empty_password_is_required()
    {
        Assert.That((await Validate("ada@example.org", "")).Select(e => e.Code), Is.EqualTo(new[] { "password_required" }));
    }

    [TestCase("Ada\u202Eevil", "display_name_invalid")]
    [TestCase("Ada\nLovelace", "display_name_invalid")]
    public async Task Rejects_display_names_with_control_or_direction_characters(string name, string code) =>
        Assert.That((await Validate("ada@example.org", displayName: name)).Select(e => e.Code), Is.EqualTo(new[] { code }));

    [Test]
    public async Task Rejects_an_overlong_display_name() =>
        Assert.That((await Validate("ada@example.org", displayName: new string('n', 101))).Select(e => e.Code),
            Is.EqualTo(new[] { "display_name_too_long" }));

    [Test]
    public async Task Reports_every_problem_at_once()
    {
        var errors = await Validate("nope", "", new string('n', 101));

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "Email", "Password", "DisplayName" }));
    }
}
