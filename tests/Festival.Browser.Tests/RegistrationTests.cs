using System.Text.RegularExpressions;
using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>Signing up, seeing one's account, and signing out, through the real pages in Chromium.</summary>
public sealed class RegistrationTests : BrowserFixture
{
    [Test]
    public async Task A_new_user_registers_through_the_form_and_lands_on_a_profile_that_shows_the_User_role()
    {
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Festival", Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "landing");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/Account/Register"));
        await Page.GetByLabel("Email").FillAsync("ada@example.org");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Repeat the password").FillAsync(Password);
        await Page.GetByLabel("Display name (optional)").FillAsync("Ada Lovelace");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url("/Account"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Welcome to the festival! Your account is ready.");
        await Expect(Page.Locator("#profile-roles")).ToHaveTextAsync("User");
        await Expect(Page.Locator("#profile")).ToContainTextAsync("Ada Lovelace");
        await Expect(Navbar(Page)).ToContainTextAsync("ada@example.org");
        await Screenshots.SaveAsync(Page, "profile");

        await Navbar(Page).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/Dashboard"));
        await Expect(Page.Locator("#roles li")).ToHaveTextAsync(["User"]);
        await Expect(Page.Locator("#permissions li")).ToHaveTextAsync(["user_read", "user_write"]);
        await Screenshots.SaveAsync(Page, "dashboard");
    }

    [Test]
    public async Task Validation_errors_appear_beside_the_fields_they_concern()
    {
        await Page.GotoAsync("/Account/Register");
        await Page.GetByLabel("Email").FillAsync("not-an-email");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("weak");
        await Page.GetByLabel("Repeat the password").FillAsync("weak");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var email = Page.GetByLabel("Email");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(FieldGroup(email).Locator("#Input_Email-error")).ToHaveTextAsync("Enter a valid email address, like name@example.org.");
        await Expect(email).ToHaveAccessibleDescriptionAsync("Enter a valid email address, like name@example.org.");
        await Expect(email).ToHaveValueAsync("not-an-email");
        // Still styled as a form field, now marked invalid (the class attribute once lost "form-control").
        await Expect(email).ToContainClassAsync("form-control is-invalid");

        var password = Page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAttributeAsync("aria-describedby", "password-hint Input_Password-error");
        await Expect(FieldGroup(password).Locator("#Input_Password-error")).Not.ToBeEmptyAsync();
        await Expect(password).ToContainClassAsync("form-control is-invalid");

        // Fields without a problem are left alone.
        await Expect(Page.GetByLabel("Display name (optional)")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#Input_DisplayName-error")).ToBeEmptyAsync();
        await Expect(Page).ToHaveURLAsync(Url("/Account/Register"));
        await Screenshots.SaveAsync(Page, "register-validation-errors");
    }

    [Test]
    public async Task Passwords_that_differ_are_reported_beside_the_repeated_password()
    {
        await Page.GotoAsync("/Account/Register");
        await Page.GetByLabel("Email").FillAsync("bea@example.org");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Repeat the password").FillAsync(Password + "!");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var repeated = Page.GetByLabel("Repeat the password");
        await Expect(repeated).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(FieldGroup(repeated).Locator("#Input_ConfirmPassword-error")).ToHaveTextAsync("The two passwords do not match.");
        await Expect(repeated).ToHaveAccessibleDescriptionAsync("The two passwords do not match.");
        await Expect(Page.GetByLabel("Email")).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        await RegisterAsync(Page, "cleo@example.org");

        await SignOutAsync(Page);

        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(Navbar(Page).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(Navbar(Page).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await Expect(Navbar(Page)).Not.ToContainTextAsync("cleo@example.org");

        await Page.GotoAsync("/Dashboard");
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(Url("/Account/Login")) + @"\?ReturnUrl=%2FDashboard$"));
    }

    /// <summary>The block holding a field's label, input, hint and error message.</summary>
    private static ILocator FieldGroup(ILocator field) => field.Locator("xpath=..");
}
