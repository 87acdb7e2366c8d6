using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Festival.Domain.Syllabus;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// The JSON API for online entry, end to end: families submit through it, invoices are numbered without gaps, staff
/// record payments (the same reference twice is refused), a paid entry is locked, and nobody reads another's invoice.
/// </summary>
public sealed class InvoiceApiTests
{
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("2105", ClassType.Solo, null, null, 300, 20m), ("2106", ClassType.Solo, null, null, null, 25m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected) => EntryApiSteps.JsonOf(response, expected);

    private Task<(WebSession Session, int[] EntryIds)> FamilyAsync(string email, params string[] classCodes) =>
        EntryApiSteps.FamilyAsync(_factory, _classes, email, classCodes);

    [Test]
    public async Task Families_get_invoices_numbered_without_gaps_staff_record_payments_once_per_reference_and_a_paid_entry_is_locked()
    {
        var (first, firstEntries) = await FamilyAsync("api.first@example.org", "2105", "2106");
        var (second, _) = await FamilyAsync("api.second@example.org", "2105");
        using var staff = await _factory.SignedInAsync("api.staff@example.org", admin: true);

        var firstInvoice = await JsonOf(await first.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);
        var secondInvoice = await JsonOf(await second.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);
        var number = firstInvoice.GetProperty("number").GetInt32();
        Assert.That(secondInvoice.GetProperty("number").GetInt32(), Is.EqualTo(number + 1), "the next payer gets the next number");
        Assert.That(firstInvoice.GetProperty("totalCents").GetInt64(), Is.EqualTo(4500));
        Assert.That(firstInvoice.GetProperty("lines").GetArrayLength(), Is.EqualTo(2));

        var payment = new { amountCents = 4500, method = "Cheque", reference = "CHQ 1042", receivedOn = "2026-12-01" };
        var paid = await JsonOf(await staff.PostJsonAsync($"/api/admin/invoices/{number}/payments", payment), HttpStatusCode.OK);
        var again = await JsonOf(await staff.PostJsonAsync($"/api/admin/invoices/{number}/payments", payment with { }), HttpStatusCode.Conflict);
        var byFamily = await second.PostJsonAsync($"/api/admin/invoices/{number + 1}/payments", payment);

        Assert.That(paid.GetProperty("balanceCents").GetInt64(), Is.Zero);
        Assert.That(again.GetProperty("code").GetString(), Is.EqualTo("payment_reference_taken"));
        Assert.That(byFamily.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var locked = await JsonOf(await first.PostJsonAsync($"/api/entries/{firstEntries[0]}/withdraw", new { }), HttpStatusCode.Conflict);
        Assert.That(locked.GetProperty("code").GetString(), Is.EqualTo("entry_paid"));
        var page = await first.GetPageAsync("/Entries/Invoice");
        Assert.That(page, Does.Contain("id=\"invoice-balance\"><strong>0.00</strong>").And.Contain("CHQ 1042"));
    }

    [Test]
    public async Task An_account_without_entries_has_no_invoice_and_another_familys_entry_cannot_be_withdrawn()
    {
        var (_, entries) = await FamilyAsync("api.owner@example.org", "2106");
        using var stranger = await _factory.SignedInAsync("api.stranger@example.org");

        await JsonOf(await stranger.GetAsync("/api/entries/invoice"), HttpStatusCode.NotFound);
        await JsonOf(await stranger.PostJsonAsync($"/api/entries/{entries[0]}/withdraw", new { }), HttpStatusCode.NotFound);
        Assert.That((await stranger.GetAsync("/Entries/Invoice")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_entry_API_is_in_the_OpenAPI_document_and_refuses_anonymous_callers()
    {
        using var anonymous = _factory.Session();

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var refused = await anonymous.GetAsync("/api/entries/people");
        var syllabus = await JsonOf(await anonymous.GetAsync("/api/syllabus?q=2105"), HttpStatusCode.OK);

        Assert.That(document, Does.Contain("/api/entries/submit").And.Contain("/api/entries/basket").And.Contain("/api/admin/invoices/{number}/payments"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(syllabus.GetProperty("classes").GetProperty("items")[0].GetProperty("code").GetString(), Is.EqualTo("2105"));
    }
}
