using Festival.Web.Cli;

namespace Festival.Browser.Tests.Hosting;

/// <summary>
/// One app host (Kestrel, real SQLite file) and one headless Chromium per fixture; every test gets a fresh browser
/// context, so no cookie or session leaks from one test to the next. Tests that need a second person open another
/// context with <see cref="NewVisitorAsync"/>.
/// </summary>
public abstract class BrowserFixture
{
    /// <summary>Meets the password policy (Identity's defaults).</summary>
    protected const string Password = "Festival-2026";

    private readonly List<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected FestivalServer Server { get; private set; } = null!;

    /// <summary>The app's root, <c>https://127.0.0.1:PORT/</c>.</summary>
    protected Uri Address { get; private set; } = null!;

    /// <summary>The current test's first visitor, in a browser context of its own.</summary>
    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAppAndBrowser()
    {
        var chromium = Chromium.Require();
        Server = new FestivalServer();
        // The app (migrations included) and the browser start side by side.
        var appStarted = Task.Run(() => Server.Address);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Address = await appStarted;
        // A shared, busy build machine can be slow; assertions still retry only as long as needed.
        SetDefaultExpectTimeout(10_000);
    }

    [OneTimeTearDown]
    public async Task StopAppAndBrowser()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    [SetUp]
    public async Task OpenBrowserContext() => Page = await NewVisitorAsync();

    [TearDown]
    public async Task CloseBrowserContexts()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed;
        for (var i = 0; i < _contexts.Count; i++)
        {
            if (failed)
            {
                await AttachScreenshotsAsync(_contexts[i], i);
            }

            await _contexts[i].CloseAsync();
        }

        _contexts.Clear();
    }

    /// <summary>
    /// Another person at another computer: a browser context with its own cookies, on <paramref name="baseUrl"/>
    /// (the app's <see cref="Address"/> unless given).
    /// </summary>
    protected async Task<IPage> NewVisitorAsync(Uri? baseUrl = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseUrl ?? Address).ToString(),
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>The absolute address of a path, as the browser shows it.</summary>
    protected string Url(string path) => new Uri(Address, path).ToString();

    protected static ILocator Navbar(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>Registers through the real form and waits for the profile page it leads to.</summary>
    protected async Task RegisterAsync(IPage page, string email, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat the password").FillAsync(Password);
        if (displayName is not null)
        {
            await page.GetByLabel("Display name (optional)").FillAsync(displayName);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/Account"));
    }

    /// <summary>Signs in through the real form; the caller checks where that leads.</summary>
    protected static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    protected static async Task SignOutAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Navbar(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
    }

    /// <summary>Runs the real command line against the app's own container and database, as an operator would.</summary>
    protected async Task<string> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(TextReader.Null, output, error, inputIsTerminal: false);
        var exitCode = await new FestivalCli(Server.Services, console).RunAsync(args);
        Assert.That(exitCode, Is.Zero, $"festival {string.Join(' ', args)}: {error}");
        return output.ToString();
    }

    /// <summary>Makes an admin the way an operator makes the first one: with the command line.</summary>
    protected async Task CreateAdminWithTheCommandLineAsync(string email, string displayName)
    {
        await RunCliAsync("users", "create", email, "--password", Password, "--display-name", displayName);
        await RunCliAsync("roles", "add", email, "Admin");
    }

    private static async Task AttachScreenshotsAsync(IBrowserContext context, int index)
    {
        for (var j = 0; j < context.Pages.Count; j++)
        {
            var path = Path.Combine(TestContext.CurrentContext.WorkDirectory,
                $"{TestContext.CurrentContext.Test.Name}-visitor{index}-page{j}.png");
            await context.Pages[j].ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.AddTestAttachment(path, $"What visitor {index} saw when the test failed");
        }
    }
}
