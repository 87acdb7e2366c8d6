using System.Net;
using System.Text.RegularExpressions;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// The staff pages over HTTP: the entries list and its filters (withdrawn entries included), invoices with balances and
/// the payment form, and the late window opened and closed from a form.
/// </summary>
public sealed partial class StaffEntryPagesTests
{
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;
    private WebSession _staff = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("2105", ClassType.Solo, null, null, null, 20m), ("3001", ClassType.Solo, null, null, null, 35m));
        _staff = await _factory.SignedInAsync("pages.staff@example.org", role: "FestivalStaff");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A family that entered one child, named <paramref name="child"/>, in each class given; returns its invoice number.</summary>
    private async Task<int> FamilyAsync(string email, string child, params string[] classCodes)
    {
        using var session = await _factory.SignedInAsync(email);
        var (kid, _) = await EntrySteps.AddAsync(session, child, "2015-05-05");
        foreach (var code in classCodes)
        {
            Assert.That((await EntrySteps.PutInBasketAsync(session, _classes[code], [kid], [("Etude", "Czerny", "2:00")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        Assert.That((await EntrySteps.SubmitAsync(session)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        return await db.Invoices.Where(i => db.Users.Any(u => u.Id == i.PayerUserId && u.Email == email)).Select(i => i.Number).SingleAsync();
    }

    private Task<HttpResponseMessage> PayAsync(int number, string amount, string reference) =>
        _staff.PostFormAsync($"/Admin/Invoices/{number}", new()
        {
            ["Input.Amount"] = amount,
            ["Input.Method"] = "1",
            ["Input.Reference"] = reference,
            ["Input.ReceivedOn"] = "2026-12-01",
        });

    [Test]
    public async Task Staff_filter_entries_by_class_performer_payer_and_status_and_a_withdrawn_entry_stays_listed_as_withdrawn()
    {
        var paid = await FamilyAsync("filter.paid@example.org", "Pia Paid", "2105");
        await FamilyAsync("filter.unpaid@example.org", "Ulf Unpaid", "2105", "3001");
        Assert.That((await PayAsync(paid, "20.00", "ET-1")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var byClass = await _staff.GetPageAsync("/Admin/Entries?class=3001&payer=filter.");
        var byPerson = await _staff.GetPageAsync("/Admin/Entries?person=pia");
        var byPayer = await _staff.GetPageAsync("/Admin/Entries?payer=FILTER.UNPAID");
        var paidOnly = await _staff.GetPageAsync("/Admin/Entries?status=Paid");
        var unpaidOnly = await _staff.GetPageAsync("/Admin/Entries?status=Unpaid&payer=filter.");

        Assert.That(byClass, Does.Contain("Ulf Unpaid").And.Not.Contain("Pia Paid"));
        Assert.That(byPerson, Does.Contain("Pia Paid").And.Not.Contain("Ulf Unpaid"), "names match whatever their case");
        Assert.That(Rows(byPayer), Is.EqualTo(2));
        Assert.That(paidOnly, Does.Contain("Pia Paid").And.Not.Contain("Ulf Unpaid"));
        Assert.That(Rows(unpaidOnly), Is.EqualTo(2));

        var entryId = EntryIds().Matches(byClass).Select(m => m.Groups[1].Value).First();
        var withdrawn = await _staff.PostFormAsync($"/Admin/Entries?handler=Withdraw&entryId={entryId}", [], "/Admin/Entries");
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var current = await _staff.GetPageAsync("/Admin/Entries?class=3001&payer=filter.");
        var gone = await _staff.GetPageAsync("/Admin/Entries?class=3001&payer=filter.&status=Withdrawn");
        Assert.That(Rows(current), Is.Zero);
        Assert.That(gone, Does.Contain("Ulf Unpaid").And.Contain("Withdrawn").And.Contain("by staff").And.Contain("35.00"));
    }

    [Test]
    public async Task Staff_see_balances_record_a_payment_on_the_invoice_page_and_a_repeated_reference_or_bad_amount_is_told_beside_its_field()
    {
        var number = await FamilyAsync("invoice.page@example.org", "Ines Invoice", "2105", "3001");

        var all = await _staff.GetPageAsync("/Admin/Invoices?q=invoice.page");
        Assert.That(all, Does.Contain($"href=\"/Admin/Invoices/{number}\"").And.Contain("55.00"));

        Assert.That((await PayAsync(number, "20", "CHQ 7")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var again = WebUtility.HtmlDecode(await (await PayAsync(number, "20", "chq 7")).Content.ReadAsStringAsync());
        var zero = WebUtility.HtmlDecode(await (await PayAsync(number, "0", "CHQ 8")).Content.ReadAsStringAsync());
        var details = await _staff.GetPageAsync($"/Admin/Invoices/{number}");

        Assert.That(again, Does.Contain("id=\"Input_Reference-error\"").And.Contain("already recorded"));
        Assert.That(zero, Does.Contain("id=\"Input_Amount-error\"").And.Contain("greater than zero"));
        Assert.That(details, Does.Contain("id=\"invoice-balance\">35.00<").And.Contain("CHQ 7").And.Contain("Ines Invoice"));
        Assert.That(await _staff.GetPageAsync("/Admin/Invoices?q=invoice.page&outstanding=true"), Does.Contain($"href=\"/Admin/Invoices/{number}\""));

        Assert.That((await PayAsync(number, "35.00", "CHQ 9")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _staff.GetPageAsync("/Admin/Invoices?q=invoice.page&outstanding=true"), Does.Not.Contain($"href=\"/Admin/Invoices/{number}\""));
        Assert.That((await _staff.GetAsync("/Admin/Invoices/9999")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static int Rows(string page) => EntryIds().Matches(page).Select(m => m.Groups[1].Value).Distinct().Count();

    [GeneratedRegex(@"entryId=(\d+)")]
    private static partial Regex EntryIds();
}

/// <summary>The late window page: staff open it with a surcharge after the deadline, then close it.</summary>
public sealed class LateWindowPageTests
{
    [Test]
    public async Task Staff_open_a_late_window_from_the_form_families_enter_with_the_surcharge_and_closing_it_stops_them()
    {
        await using var factory = new FestivalWebFactory();
        var classes = await FestivalSetup.SeasonAsync(factory, DateTimeOffset.UtcNow.AddDays(-1), ("2105", ClassType.Solo, null, null, null, 20m));
        using var staff = await factory.SignedInAsync("late.page.staff@example.org", role: "FestivalStaff");
        using var parent = await factory.SignedInAsync("late.page.parent@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Lio Late", "2016-01-01");

        var before = await staff.GetPageAsync("/Admin/LateWindow");
        var early = await staff.PostFormAsync("/Admin/LateWindow?handler=Open", new()
        {
            ["Input.ClosesAt"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Surcharge"] = "10",
        }, "/Admin/LateWindow");
        var opened = await staff.PostFormAsync("/Admin/LateWindow?handler=Open", new()
        {
            ["Input.ClosesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Surcharge"] = "12.50",
        }, "/Admin/LateWindow");

        Assert.That(before, Does.Contain("entries are closed"));
        Assert.That(await EntrySteps.ErrorsAsync(early), Does.Contain("id=\"Input_ClosesAt-error\"").And.Contain("ends after the entry deadline"));
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await staff.GetPageAsync("/Admin/LateWindow"), Does.Contain("the late window is open").And.Contain("12.50"));
        Assert.That((await EntrySteps.PutInBasketAsync(parent, classes["2105"], [kid], [("Minuet", "Bach", "2:00")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await parent.GetPageAsync("/Entries"), Does.Contain("id=\"basket-total\">32.50<"));

        var closed = await staff.PostFormAsync("/Admin/LateWindow?handler=Close", [], "/Admin/LateWindow");
        var closedAgain = await staff.PostFormAsync("/Admin/LateWindow?handler=Close", [], "/Admin/LateWindow");

        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await EntrySteps.ErrorsAsync(closedAgain), Does.Contain("has no late window open now"));
        Assert.That(await EntrySteps.ErrorsAsync(await EntrySteps.SubmitAsync(parent)), Does.Contain("Entries closed"));
    }
}
