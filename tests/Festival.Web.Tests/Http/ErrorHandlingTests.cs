using System.Net;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Users;
using MediatR;

namespace Festival.Web.Tests.Http;

/// <summary>An unexpected failure inside a registration: a clear answer, no internals, nothing half-written.</summary>
public sealed class ErrorHandlingTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory(configureServices: services =>
        services.AddScoped<INotificationHandler<UserRegisteredNotification>, FailingReaction>());

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private async Task<bool> Exists(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindAccountByEmailQuery(email)) is not null;
    }

    [Test]
    public async Task A_failing_reaction_shows_the_error_page_and_leaves_no_account()
    {
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = "doomed@example.org", ["Input.Password"] = FestivalWebFactory.Password, ["Input.ConfirmPassword"] = FestivalWebFactory.Password,
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(page, Does.Contain("nothing was changed").And.Not.Contain("FailingReaction").And.Not.Contain("at Festival."));
        Assert.That(await Exists("doomed@example.org"), Is.False);
    }

    [Test]
    public async Task A_failing_reaction_answers_500_problem_json_without_internals_and_leaves_no_account()
    {
        using var session = _factory.Session();

        var response = await session.PostJsonAsync("/api/account/register", new { email = "doomed.api@example.org", password = FestivalWebFactory.Password });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Not.Contain("FailingReaction").And.Not.Contain("Exception"));
        Assert.That(await Exists("doomed.api@example.org"), Is.False);
    }

    private sealed class FailingReaction : INotificationHandler<UserRegisteredNotification>
    {
        public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("FailingReaction broke on purpose.");
    }
}
