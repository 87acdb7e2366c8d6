using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Festival.Domain.Syllabus;
using UglyToad.PdfPig;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// Fees, invoice PDFs, cancelled classes and the fees report over HTTP: the season page form and the API set the fees,
/// invoices charge them, the PDF downloads for its payer and staff only, and a cancelled class shows as a credit.
/// </summary>
public sealed class FeesApiTests
{
    private FestivalWebFactory _factory = null!;
    private WebSession _staff = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("2105", ClassType.Solo, null, null, null, 20m), ("2106", ClassType.Solo, null, null, null, 25m),
            ("2107", ClassType.Solo, null, null, null, 30m), ("2108", ClassType.Solo, null, null, null, 10m), ("2109", ClassType.Solo, null, null, null, 10m),
            ("2110", ClassType.Solo, null, null, null, 10m));
        _staff = await _factory.SignedInAsync("fees.staff@example.org", admin: true);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    private Task<HttpResponseMessage> SetFeesAsync(long registration, string basis, string discount, long value, int from) =>
        _staff.Client.PutAsJsonAsync(new Uri("/api/admin/season/fees", UriKind.Relative),
            new { registrationFeeCents = registration, registrationBasis = basis, discountKind = discount, discountValue = value, discountFromEntry = from });

    private async Task<WebSession> FamilyAsync(string email, params string[] classCodes)
    {
        var session = await _factory.SignedInAsync(email);
        var child = await JsonOf(await session.PostJsonAsync("/api/entries/people", new { relationship = "Child", name = $"Kid of {email}", birthDate = "2015-09-09" }), HttpStatusCode.Created);
        foreach (var code in classCodes)
        {
            var draft = new { classId = _classes[code], personIds = new[] { child.GetProperty("id").GetInt32() }, pieces = new[] { new { title = "Gigue", composer = "Bach", duration = "2:30" } } };
            await JsonOf(await session.PostJsonAsync("/api/entries/basket", draft), HttpStatusCode.Created);
        }

        await JsonOf(await session.PostJsonAsync("/api/entries/submit", new { }), HttpStatusCode.OK);
        return session;
    }

    [Test]
    public async Task Staff_set_the_fees_through_the_API_and_the_season_page_and_the_invoice_charges_them()
    {
        var refused = await JsonOf(await SetFeesAsync(1500, "PerPayer", "Percent", 150, 2), HttpStatusCode.BadRequest);
        await JsonOf(await SetFeesAsync(1500, "PerPayer", "Amount", 500, 2), HttpStatusCode.OK);
        var settings = await JsonOf(await _staff.GetAsync("/api/admin/season/fees"), HttpStatusCode.OK);
        using var family = await FamilyAsync("fees.api@example.org", "2105", "2106");

        var invoice = await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);

        Assert.That(refused.GetProperty("errors").TryGetProperty("discountValue", out _), Is.True, refused.ToString());
        Assert.That(settings.GetProperty("fees").GetProperty("discountKind").GetString(), Is.EqualTo("Amount"));
        // 20.00 + 25.00 - 5.00 off the second entry + 15.00 per payer = 55.00.
        Assert.That(invoice.GetProperty("totalCents").GetInt64(), Is.EqualTo(5500));
        Assert.That(invoice.GetProperty("discounts")[0].GetProperty("amountCents").GetInt64(), Is.EqualTo(500));
        Assert.That(invoice.GetProperty("registrations")[0].GetProperty("for").GetString(), Is.EqualTo("Payer"));

        var form = await _staff.PostFormAsync("/Admin/Season?handler=Fees", new()
        {
            ["Fees.RegistrationFee"] = "12.50",
            ["Fees.RegistrationBasis"] = "PerPayer",
            ["Fees.DiscountKind"] = "None",
            ["Fees.DiscountValue"] = "0",
            ["Fees.DiscountFromEntry"] = "0",
        }, "/Admin/Season");
        var badForm = await _staff.PostFormAsync("/Admin/Season?handler=Fees", new()
        {
            ["Fees.RegistrationFee"] = "-1",
            ["Fees.RegistrationBasis"] = "PerPayer",
            ["Fees.DiscountKind"] = "None",
            ["Fees.DiscountValue"] = "0",
            ["Fees.DiscountFromEntry"] = "0",
        }, "/Admin/Season");
        var changed = await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);

        Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await badForm.Content.ReadAsStringAsync(), Does.Contain("The registration fee is an amount from 0 to 10,000.00."));
        // 20.00 + 25.00 + 12.50 = 57.50: the settings are read whenever the invoice is.
        Assert.That(changed.GetProperty("totalCents").GetInt64(), Is.EqualTo(5750));
        Assert.That(await _staff.GetPageAsync("/Admin/Season"), Does.Contain("id=\"season-fees\"").And.Contain("value=\"12.50\""));
    }

    [Test]
    public async Task The_staff_entries_list_calls_an_entry_paid_only_when_the_payments_cover_the_registration_fee_too()
    {
        await JsonOf(await SetFeesAsync(1000, "PerPayer", "None", 0, 0), HttpStatusCode.OK);
        using var family = await FamilyAsync("fees.status@example.org", "2110");
        var number = (await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK)).GetProperty("number").GetInt32();
        async Task<(string Paid, string Unpaid)> ListsAsync() =>
            (await _staff.GetPageAsync("/Admin/Entries?payer=fees.status&status=Paid"), await _staff.GetPageAsync("/Admin/Entries?payer=fees.status&status=Unpaid"));

        // The class fee (10.00) is paid, the registration fee (10.00) is not.
        await JsonOf(await _staff.PostJsonAsync($"/api/admin/invoices/{number}/payments",
            new { amountCents = 1000, method = "Cash", reference = "R-status-1", receivedOn = "2026-12-01" }), HttpStatusCode.OK);
        var (paidPart, unpaidPart) = await ListsAsync();
        await JsonOf(await _staff.PostJsonAsync($"/api/admin/invoices/{number}/payments",
            new { amountCents = 1000, method = "Cash", reference = "R-status-2", receivedOn = "2026-12-02" }), HttpStatusCode.OK);
        var (paidAll, unpaidAll) = await ListsAsync();

        Assert.That(unpaidPart, Does.Contain("Kid of fees.status@example.org"));
        Assert.That(paidPart, Does.Not.Contain("Kid of fees.status@example.org"));
        Assert.That(paidAll, Does.Contain("Kid of fees.status@example.org"));
        Assert.That(unpaidAll, Does.Not.Contain("Kid of fees.status@example.org"));
    }

    [Test]
    public async Task The_invoice_downloads_as_a_PDF_for_its_payer_and_for_staff_and_for_nobody_else()
    {
        using var family = await FamilyAsync("pdf.family@example.org", "2105");
        using var stranger = await _factory.SignedInAsync("pdf.stranger@example.org");
        var number = (await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK)).GetProperty("number").GetInt32();

        var own = await family.GetAsync("/api/entries/invoice/pdf");
        var fromPage = await family.GetAsync("/Entries/Invoice?handler=Pdf");
        var byStaff = await _staff.GetAsync($"/api/entries/invoice/pdf?number={number}");
        var byStaffPage = await _staff.GetAsync($"/Entries/Invoice?handler=Pdf&number={number}");
        var guessed = await stranger.GetAsync($"/api/entries/invoice/pdf?number={number}");
        var guessedPage = await stranger.GetAsync($"/Entries/Invoice?handler=Pdf&number={number}");

        foreach (var response in new[] { own, fromPage, byStaff, byStaffPage })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"invoice-2027-{number:D4}.pdf"));
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            Assert.That(pdf.GetPages().First().Text, Does.Contain($"2027-{number:D4}").And.Contain("Kid of").And.Contain("pdf.family@example.org"));
        }

        Assert.That(guessed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(guessedPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await family.GetPageAsync("/Entries/Invoice"), Does.Contain("id=\"invoice-pdf\""));
    }

    [Test]
    public async Task Staff_cancel_a_class_and_the_paid_family_sees_the_credit_on_its_invoice_and_in_the_fees_report()
    {
        await JsonOf(await SetFeesAsync(0, "PerParticipant", "None", 0, 0), HttpStatusCode.OK);
        using var family = await FamilyAsync("cancel.family@example.org", "2107", "2108");
        var number = (await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK)).GetProperty("number").GetInt32();
        await JsonOf(await _staff.PostJsonAsync($"/api/admin/invoices/{number}/payments",
            new { amountCents = 4000, method = "Cash", reference = "R-77", receivedOn = "2026-12-01" }), HttpStatusCode.OK);

        var noReason = await JsonOf(await _staff.PostJsonAsync($"/api/admin/classes/{_classes["2107"]}/cancel", new { reason = " " }), HttpStatusCode.BadRequest);
        var cancelled = await JsonOf(await _staff.PostJsonAsync($"/api/admin/classes/{_classes["2107"]}/cancel", new { reason = "The hall is closed." }), HttpStatusCode.OK);
        var twice = await JsonOf(await _staff.PostJsonAsync($"/api/admin/classes/{_classes["2107"]}/cancel", new { reason = "Again" }), HttpStatusCode.Conflict);
        var unknown = await _staff.PostJsonAsync("/api/admin/classes/999999/cancel", new { reason = "Rain" });
        var invoice = await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);
        var report = await JsonOf(await _staff.GetAsync("/api/admin/reports/fees?kind=Outstanding"), HttpStatusCode.OK);
        var csv = await _staff.GetAsync("/Admin/Fees?handler=Download&format=Csv");
        var xlsx = await _staff.GetAsync("/Admin/Fees?handler=Download&format=Xlsx&kind=Participants");

        Assert.That(noReason.GetProperty("errors").TryGetProperty("reason", out _), Is.True);
        Assert.That(twice.GetProperty("code").GetString(), Is.EqualTo("class_already_cancelled"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        // 30.00 + 10.00 charged and paid; the 30.00 of class 2107 comes back as a credit: the festival owes 30.00.
        Assert.That(cancelled.GetProperty("credits")[0].GetProperty("amountCents").GetInt64(), Is.EqualTo(3000));
        Assert.That(invoice.GetProperty("creditNotes")[0].GetProperty("amountCents").GetInt64(), Is.EqualTo(3000));
        Assert.That(invoice.GetProperty("balanceCents").GetInt64(), Is.EqualTo(-3000));
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("email").GetString() == "cancel.family@example.org");
        Assert.That(row.GetProperty("balance").GetDecimal(), Is.EqualTo(-30.00m));
        Assert.That(row.GetProperty("credited").GetDecimal(), Is.EqualTo(30.00m));
        Assert.That(csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("fees-payers-2027.csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("Invoice,Name,Email,Entries,Entry fees,Discounts,Registration fees,Total,Paid,Credited,Balance\r\n")
            .And.Contain(",cancel.family@example.org,2,40,0,0,40,40,30,"));
        Assert.That(xlsx.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(await _staff.GetPageAsync("/Admin/Fees?kind=Outstanding"), Does.Contain("cancel.family@example.org").And.Contain("id=\"fees-credit-owed\""));
        Assert.That(await family.GetPageAsync("/Entries/Invoice"), Does.Contain("Credit note").And.Contain("Credit owed to you").And.Contain("(class cancelled)"));
    }

    [Test]
    public async Task The_class_page_cancels_a_class_with_a_reason_and_says_why_it_cannot_without_one()
    {
        var page = $"/Admin/Classes/{_classes["2109"]}";

        var refused = await _staff.PostFormAsync($"{page}?handler=Cancel", new() { ["reason"] = "" }, page);
        var done = await _staff.PostFormAsync($"{page}?handler=Cancel", new() { ["reason"] = "Too few entries." }, page);

        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Say why the class is cancelled"));
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var again = await JsonOf(await _staff.PostJsonAsync($"/api/admin/classes/{_classes["2109"]}/cancel", new { reason = "Again" }), HttpStatusCode.Conflict);
        Assert.That(again.GetProperty("code").GetString(), Is.EqualTo("class_already_cancelled"));
    }
}
