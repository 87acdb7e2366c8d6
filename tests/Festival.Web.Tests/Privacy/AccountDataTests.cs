using System.Net;
using System.Text.Json;

namespace Festival.Web.Tests.Privacy;

/// <summary>
/// /Account/Data and its API over HTTP: the download holds the account's people and nobody else's, consent shows as the
/// full name or initials, and deleting the account ends the session and the password.
/// </summary>
public sealed class AccountDataTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static async Task<int> AddChildAsync(WebSession session, string name, bool publishName)
    {
        var response = await session.PostJsonAsync("/api/entries/people", new { relationship = "Child", name, birthDate = "2015-09-09", publishName });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    [Test]
    public async Task The_download_and_the_API_hold_the_accounts_people_and_not_another_familys()
    {
        using var family = await _factory.SignedInAsync("data.family@example.org");
        using var other = await _factory.SignedInAsync("data.other@example.org");
        await AddChildAsync(family, "Noor Data", publishName: false);
        await AddChildAsync(other, "Someone Else", publishName: false);

        var download = await family.GetAsync("/Account/Data?handler=Download");
        var api = await family.GetAsync("/api/account/data");
        var page = await family.GetPageAsync("/Account/Data");

        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileName, Does.Contain("festival-data.json"));
        var json = await download.Content.ReadAsStringAsync();
        Assert.That(json, Does.Contain("\"name\": \"Noor Data\"").And.Contain("data.family@example.org").And.Not.Contain("Someone Else"));
        Assert.That(await api.Content.ReadAsStringAsync(), Does.Contain("Noor Data").And.Not.Contain("Someone Else"));
        Assert.That(page, Does.Contain("id=\"download-data\""));
    }

    [Test]
    public async Task The_data_API_refuses_anonymous_callers_and_a_deletion_needs_the_right_confirmation()
    {
        using var anonymous = _factory.Session();
        using var family = await _factory.SignedInAsync("data.api@example.org");

        var data = await anonymous.GetAsync("/api/account/data");
        var delete = await anonymous.PostJsonAsync("/api/account/delete", new { confirmEmail = "data.api@example.org" });
        var wrong = await family.PostJsonAsync("/api/account/delete", new { confirmEmail = "someone@example.org" });

        Assert.That((data.StatusCode, delete.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("confirmEmail"));
        Assert.That((await family.GetAsync("/api/account/data")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still there");
    }

    [Test]
    public async Task A_person_added_with_consent_is_published_by_full_name_and_without_it_by_initials()
    {
        using var family = await _factory.SignedInAsync("data.consent@example.org");
        var consented = await AddChildAsync(family, "Lina Sol", publishName: true);
        var notConsented = await AddChildAsync(family, "Omar Vale", publishName: false);

        var withConsent = await family.GetPageAsync($"/Entries/Person/{consented}");
        var without = await family.GetPageAsync($"/Entries/Person/{notConsented}");

        Assert.That(withConsent, Does.Contain("id=\"public-name\">Lina Sol (full name published with consent given"));
        Assert.That(without, Does.Contain("id=\"public-name\">O. V. (initials only"));
    }

    [Test]
    public async Task Deleting_the_account_from_the_page_signs_it_out_and_its_password_no_longer_works()
    {
        using var leaving = await _factory.SignedInAsync("data.leaving@example.org");
        await AddChildAsync(leaving, "Ivo Gone", publishName: true);

        var wrong = await leaving.PostFormAsync("/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = "nope@example.org" }, "/Account/Data");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), Does.Contain("Type your account's email address"));

        var deleted = await leaving.PostFormAsync("/Account/Data?handler=Delete", new() { ["ConfirmEmail"] = "data.leaving@example.org" }, "/Account/Data");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var afterwards = await leaving.GetAsync("/Entries");
        Assert.That(afterwards.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));

        using var again = _factory.Session();
        var signIn = await again.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "data.leaving@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sign-in form is shown again: no such account");
    }
}
