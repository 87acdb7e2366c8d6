using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>Where the browser tests find Chromium, and what happens when it is missing.</summary>
public sealed class ChromiumTests
{
    private static readonly Func<string, bool> Nothing = _ => false;

    [Test]
    public void Debian_s_Chromium_is_used_when_no_override_is_set()
    {
        var lookup = Chromium.Find(overridePath: null, isCi: false, path => path == "/usr/bin/chromium");

        Assert.That(lookup, Is.EqualTo(new ChromiumLookup("/usr/bin/chromium", null, false)));
    }

    [Test]
    public void FESTIVAL_CHROMIUM_overrides_the_executable()
    {
        var lookup = Chromium.Find("/opt/chromium/chrome", isCi: true, path => path == "/opt/chromium/chrome");

        Assert.That(lookup.Path, Is.EqualTo("/opt/chromium/chrome"));
    }

    [Test]
    public void Missing_Chromium_outside_CI_skips_with_the_exact_install_command()
    {
        var lookup = Chromium.Find(overridePath: null, isCi: false, Nothing);

        Assert.That(lookup.Path, Is.Null);
        Assert.That(lookup.FailsTheRun, Is.False);
        Assert.That(lookup.Problem, Does.Contain("sudo apt-get install -y chromium").And.Contain("/usr/bin/chromium"));
    }

    [Test]
    public void Missing_Chromium_in_CI_fails_the_run_instead_of_skipping()
    {
        var lookup = Chromium.Find(overridePath: "", isCi: true, Nothing);

        Assert.That(lookup.FailsTheRun, Is.True);
        Assert.That(lookup.Problem, Does.Contain("sudo apt-get install -y chromium").And.Contain("CI=true"));
    }

    [Test]
    public void A_FESTIVAL_CHROMIUM_that_does_not_exist_is_named_in_the_message()
    {
        var lookup = Chromium.Find("/nowhere/chromium", isCi: true, Nothing);

        Assert.That(lookup.FailsTheRun, Is.True);
        Assert.That(lookup.Problem, Does.Contain("FESTIVAL_CHROMIUM=/nowhere/chromium"));
    }

    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("1", true)]
    [TestCase("false", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void CI_is_recognised_as_CI_services_set_it(string? value, bool isCi) =>
        Assert.That(Chromium.IsCi(value), Is.EqualTo(isCi));
}
