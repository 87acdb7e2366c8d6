using System.Net;

namespace Festival.Web.Tests.Pages;

/// <summary>The account forms, submitted like a browser does: real antiforgery tokens, real cookies.</summary>
public sealed class AccountPageTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static Dictionary<string, string> Registration(string email, string password = FestivalWebFactory.Password, string? confirm = null, string displayName = "") => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
        ["Input.DisplayName"] = displayName,
    };

    [Test]
    public async Task Registering_through_the_form_signs_in_and_lands_on_the_profile_showing_role_User()
    {
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Register", Registration("form.user@example.org", displayName: "Form User"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Account"));
        var profile = await session.GetPageAsync("/Account");
        Assert.That(profile, Does.Contain("form.user@example.org").And.Contain("Form User"));
        Assert.That(profile, Does.Contain("<dd class=\"col-sm-9\" id=\"profile-roles\">User</dd>"));
        Assert.That(profile, Does.Contain("Welcome to the festival!"));
    }

    [Test]
    public async Task Invalid_input_is_shown_beside_each_field_keeping_what_was_typed_but_never_the_password()
    {
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Register", Registration("not-an-email", "short", displayName: "Keep Me"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("id=\"Input_Email-error\"").And.Contain("Enter a valid email address"));
        Assert.That(page, Does.Contain("id=\"Input_Password-error\"").And.Contain("at least 6 characters"));
        Assert.That(page, Does.Match("id=\"Input_Email\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"Input_Email\""));
        Assert.That(page, Does.Contain("aria-describedby=\"Input_Email-error\""));
        Assert.That(page, Does.Contain("value=\"not-an-email\"").And.Contain("value=\"Keep Me\""));
        Assert.That(page, Does.Not.Contain("value=\"short\""));
    }

    [Test]
    public async Task Passwords_that_do_not_match_are_reported_on_the_confirmation_field_and_nothing_is_created()
    {
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Register", Registration("mismatch@example.org", confirm: "Other-2026"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain("id=\"Input_ConfirmPassword-error\"").And.Contain("The two passwords do not match."));
        Assert.That((await session.PostFormAsync("/Account/Register", Registration("mismatch@example.org"))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect),
            "the address was still free");
    }

    [Test]
    public async Task An_email_taken_in_another_letter_case_is_reported_beside_the_email_field()
    {
        await _factory.RegisterAsync("taken@example.org");
        using var session = _factory.Session();

        var page = await (await session.PostFormAsync("/Account/Register", Registration("TAKEN@Example.org"))).Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain("id=\"Input_Email-error\"").And.Contain("An account with this email already exists."));
    }

    [Test]
    public async Task A_form_post_without_an_antiforgery_token_is_rejected_with_400_and_nothing_is_stored()
    {
        using var session = _factory.Session();

        var response = await session.PostFormWithoutPageAsync("/Account/Register", Registration("forged@example.org"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await _factory.Services.CreateScope().ServiceProvider.GetRequiredService<MediatR.IMediator>()
            .Send(new Application.Accounts.Users.FindAccountByEmailQuery("forged@example.org")), Is.Null);
    }

    [Test]
    public async Task A_token_from_another_visitor_is_rejected_with_400()
    {
        using var other = _factory.Session();
        var foreignToken = System.Text.RegularExpressions.Regex.Match(await other.GetPageAsync("/Account/Register"), "__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var session = _factory.Session();
        await session.GetPageAsync("/Account/Register");

        var response = await session.PostFormWithoutPageAsync("/Account/Register",
            new Dictionary<string, string>(Registration("stale@example.org")) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(foreignToken) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("/Dashboard", "/Dashboard")]
    [TestCase("/Account/Edit?x=1", "/Account/Edit?x=1")]
    [TestCase("//evil.example", "/")]
    [TestCase("https://evil.example/", "/")]
    [TestCase("/\\evil.example", "/")]
    [TestCase("javascript:alert(1)", "/")]
    public async Task Sign_in_follows_only_a_local_ReturnUrl(string returnUrl, string expected)
    {
        var email = $"return{Guid.NewGuid():N}@example.org";
        await _factory.RegisterAsync(email);
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Login",
            new() { ["Input.Email"] = email, ["Input.Password"] = FestivalWebFactory.Password, ["ReturnUrl"] = returnUrl });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        await _factory.RegisterAsync("known@example.org");
        using var session = _factory.Session();

        var wrongPassword = await (await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "known@example.org", ["Input.Password"] = "Wrong-2026" })).Content.ReadAsStringAsync();
        var unknown = await (await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "Wrong-2026" })).Content.ReadAsStringAsync();

        Assert.That(wrongPassword, Does.Contain("The email or password is not correct."));
        Assert.That(unknown, Does.Contain("The email or password is not correct."));
    }

    [Test]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        await _factory.RegisterAsync("locked@example.org");
        using var session = _factory.Session();
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "locked@example.org", ["Input.Password"] = "Wrong-2026" });
        }

        var response = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "locked@example.org", ["Input.Password"] = FestivalWebFactory.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "no redirect: not signed in");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("locked after too many failed sign-ins"));
    }

    [Test]
    public async Task Signing_out_needs_a_POST_a_GET_only_asks()
    {
        using var session = await _factory.SignedInAsync("leaving@example.org");

        var asked = await session.GetPageAsync("/Account/Logout");
        var stillIn = await session.GetAsync("/Dashboard");
        var signedOut = await session.PostFormAsync("/Account/Logout", [], formUrl: "/Account/Logout");
        var afterwards = await session.GetAsync("/Dashboard");

        Assert.That(asked, Does.Contain("Sign out of Festival on this device?"));
        Assert.That(stillIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterwards.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
    }

    [Test]
    public async Task Profile_details_are_saved_and_whatever_was_typed_is_shown_encoded()
    {
        using var session = await _factory.SignedInAsync("editor@example.org");

        var response = await session.PostFormAsync("/Account/Edit", new()
        {
            ["Input.DisplayName"] = "<script>alert('x')</script>",
            ["Input.Phone"] = "+44 20 7946 0000",
            ["Input.School"] = "St Cecilia's & Co",
        });
        var profile = await session.GetPageAsync("/Account");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(profile, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;").And.Not.Contain("<script>alert"));
        Assert.That(profile, Does.Contain("&#x2B;44 20 7946 0000").And.Contain("St Cecilia&#x27;s &amp; Co"));
    }

    [Test]
    public async Task Invalid_profile_details_are_reported_beside_their_fields()
    {
        using var session = await _factory.SignedInAsync("bad.editor@example.org");

        var page = await (await session.PostFormAsync("/Account/Edit", new() { ["Input.DisplayName"] = "Ok", ["Input.Phone"] = "call me", ["Input.School"] = "" }))
            .Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain("id=\"Input_Phone-error\"").And.Contain("Enter a phone number"));
    }

    [Test]
    public async Task Changing_the_password_keeps_this_session_and_the_new_password_signs_in()
    {
        using var session = await _factory.SignedInAsync("changer@example.org");

        var wrong = await session.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "Not-It-2026", ["Input.NewPassword"] = "Brand-New-2026", ["Input.ConfirmNewPassword"] = "Brand-New-2026",
        });
        var changed = await session.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = FestivalWebFactory.Password, ["Input.NewPassword"] = "Brand-New-2026", ["Input.ConfirmNewPassword"] = "Brand-New-2026",
        });

        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("id=\"Input_CurrentPassword-error\"").And.Contain("The current password is not correct."));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await session.GetAsync("/Account")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var fresh = _factory.Session();
        var signIn = await fresh.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "changer@example.org", ["Input.Password"] = "Brand-New-2026" });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Changing_the_password_ends_the_accounts_other_sessions_at_once()
    {
        using var laptop = await _factory.SignedInAsync("two.devices@example.org");
        using var phone = _factory.Session();
        await phone.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "two.devices@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        Assert.That((await phone.GetAsync("/Dashboard")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await laptop.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = FestivalWebFactory.Password, ["Input.NewPassword"] = "Phone-Lost-2026", ["Input.ConfirmNewPassword"] = "Phone-Lost-2026",
        });
        var phoneAfter = await phone.GetAsync("/Dashboard");
        var phoneApi = await phone.Client.GetAsync(new Uri("/api/account/me", UriKind.Relative));

        Assert.That(phoneAfter.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(phoneAfter.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
        Assert.That(phoneApi.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await laptop.GetAsync("/Dashboard")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the session that changed it stays");
    }

    [Test]
    public async Task The_landing_page_sends_users_to_their_dashboard_and_admins_to_Admin()
    {
        using var user = await _factory.SignedInAsync("lander@example.org");
        using var admin = await _factory.SignedInAsync("lander.admin@example.org", admin: true);
        using var anonymous = _factory.Session();

        Assert.That((await user.GetAsync("/")).Headers.Location?.OriginalString, Is.EqualTo("/Dashboard"));
        Assert.That((await admin.GetAsync("/")).Headers.Location?.OriginalString, Is.EqualTo("/Admin"));
        Assert.That((await anonymous.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_dashboard_lists_the_roles_and_permissions_from_the_sign_in_cookie()
    {
        using var session = await _factory.SignedInAsync("dash@example.org");

        var page = await session.GetPageAsync("/Dashboard");

        Assert.That(page, Does.Contain("<li class=\"list-group-item\">User</li>"));
        Assert.That(page, Does.Contain("<code>user_read</code>").And.Contain("<code>user_write</code>").And.Not.Contain("<code>admin</code>"));
        Assert.That(page, Does.Not.Contain("href=\"/Admin\""), "no Admin link for a plain user");
    }
}
