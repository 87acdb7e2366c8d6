using System.Text.RegularExpressions;
using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>A new season's syllabus and entries, uploaded, previewed and committed in the browser from the shipped samples.</summary>
public sealed class ImportTests : BrowserFixture
{
    private const string AdminEmail = "registrar@example.org";

    [OneTimeSetUp]
    public async Task MakeAnAdminAndASeason()
    {
        await CreateAdminWithTheCommandLineAsync(AdminEmail, "Festival registrar");
        await RunCliAsync("season", "create", "2027");
    }

    private async Task UploadAsync(string kind, string sample)
    {
        await Navbar(Page).GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Page.GetByLabel(kind).CheckAsync();
        await Page.GetByLabel("Season").SelectOptionAsync("2027");
        await Page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(RepositoryFolder.PathOf("samples", "2027", sample));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(Url("/Admin/Imports/")) + "[0-9a-f-]{36}$"));
    }

    [Test]
    public async Task The_syllabus_and_then_the_entries_of_the_samples_are_previewed_and_committed()
    {
        await SignInAsync(Page, AdminEmail);

        await UploadAsync("Syllabus (classes)", "syllabus.csv");
        await Expect(Page.Locator("#import-counts tbody tr").First).ToContainTextAsync("Classes");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commit" }).ClickAsync();
        await Expect(Page.Locator("#import-committed")).ToContainTextAsync("Committed");

        await UploadAsync("Entries", "entries.csv");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Import preview", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("#import-counts")).ToContainTextAsync("Entries");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Commit" })).ToBeVisibleAsync();
        // The samples' preview runs to hundreds of issues: the top of it is what the README shows.
        await Screenshots.SaveAsync(Page, "import-preview", fullPage: false);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Commit" }).ClickAsync();
        await Expect(Page.Locator("#import-committed")).ToContainTextAsync("Entries:");
    }
}
