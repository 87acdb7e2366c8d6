using Microsoft.Extensions.Options;

namespace Festival.Application.Tests;

/// <summary>Small builders for the substitutes most tests need.</summary>
internal static class Fakes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static TimeProvider Clock()
    {
        var clock = Substitute.For<TimeProvider>();
        clock.GetUtcNow().Returns(Now);
        return clock;
    }

    /// <summary>A unit of work with no open transaction whose transactions record commits.</summary>
    public static (IUnitOfWork UnitOfWork, IUnitOfWorkTransaction Transaction) UnitOfWork()
    {
        var transaction = Substitute.For<IUnitOfWorkTransaction>();
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.HasActiveTransaction.Returns(false);
        unitOfWork.BeginTransactionAsync(Arg.Any<CancellationToken>()).Returns(transaction);
        return (unitOfWork, transaction);
    }

    public static IOptions<FestivalOptions> Options(string defaultRole = "User") => Microsoft.Extensions.Options.Options.Create(new FestivalOptions
    {
        DefaultRole = defaultRole,
        Roles = new(StringComparer.OrdinalIgnoreCase) { ["User"] = ["user_read", "user_write"], ["Admin"] = ["admin"] },
    });

    public static AccountSummary Account(string id = "user-1", string email = "ada@example.org", params string[] roles) =>
        new(id, email, Now, roles);
}

internal static class MediatorSubstituteExtensions
{
    /// <summary>
    /// The notifications published through a substitute mediator, whatever generic argument each Publish call
    /// was closed over (NSubstitute treats Publish&lt;A&gt; and Publish&lt;B&gt; as different methods).
    /// </summary>
    public static object[] Published(this IMediator mediator) =>
        mediator.ReceivedCalls().Where(c => c.GetMethodInfo().Name == nameof(IMediator.Publish)).Select(c => c.GetArguments()[0]!).ToArray();
}
