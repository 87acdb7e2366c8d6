using Festival.Application.Common.Behaviors;

namespace Festival.Application.Tests.Common;

public sealed class PipelineTests
{
    public sealed record Ping(string Text) : IRequest<Result<string>>, ITransactionalRequest;

    public sealed record Query : IRequest<int>;

    [Test]
    public async Task Validation_errors_stop_the_request_before_its_handler_and_come_back_as_a_failed_result()
    {
        var validator = Substitute.For<IValidator<Ping>>();
        validator.ValidateAsync(Arg.Any<Ping>(), Arg.Any<CancellationToken>()).Returns([Error.Validation("Text", "text_bad", "Bad text.")]);
        var handlerRan = false;

        var result = await new ValidationBehavior<Ping, Result<string>>([validator]).Handle(new Ping("x"), CancellationToken.None, () =>
        {
            handlerRan = true;
            return Task.FromResult(Result<string>.Success("pong"));
        });

        Assert.That(handlerRan, Is.False);
        Assert.That(result.Errors.Single().Code, Is.EqualTo("text_bad"));
    }

    [Test]
    public void Validation_errors_for_a_response_that_cannot_carry_them_throw()
    {
        var validator = Substitute.For<IValidator<Query>>();
        validator.ValidateAsync(Arg.Any<Query>(), Arg.Any<CancellationToken>()).Returns([Error.Validation("X", "x", "No.")]);

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ValidationBehavior<Query, int>([validator]).Handle(new Query(), CancellationToken.None, () => Task.FromResult(1)));
    }

    [Test]
    public async Task A_transactional_command_that_succeeds_is_committed()
    {
        var (unitOfWork, transaction) = Fakes.UnitOfWork();

        await new TransactionBehavior<Ping, Result<string>>(unitOfWork)
            .Handle(new Ping("x"), CancellationToken.None, () => Task.FromResult(Result<string>.Success("pong")));

        await transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        await transaction.Received(1).DisposeAsync();
    }

    [Test]
    public async Task A_transactional_command_that_fails_is_rolled_back()
    {
        var (unitOfWork, transaction) = Fakes.UnitOfWork();

        await new TransactionBehavior<Ping, Result<string>>(unitOfWork)
            .Handle(new Ping("x"), CancellationToken.None, () => Task.FromResult(Result<string>.Failed(Error.Conflict("c", "No."))));

        await transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        await transaction.Received(1).DisposeAsync();
    }

    [Test]
    public async Task A_transactional_command_that_throws_is_rolled_back()
    {
        var (unitOfWork, transaction) = Fakes.UnitOfWork();

        Assert.ThrowsAsync<InvalidOperationException>(() => new TransactionBehavior<Ping, Result<string>>(unitOfWork)
            .Handle(new Ping("x"), CancellationToken.None, () => throw new InvalidOperationException("boom")));

        await transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        await transaction.Received(1).DisposeAsync();
    }

    [Test]
    public async Task Inside_an_open_transaction_a_command_joins_it_instead_of_opening_another()
    {
        var (unitOfWork, _) = Fakes.UnitOfWork();
        unitOfWork.HasActiveTransaction.Returns(true);

        var result = await new TransactionBehavior<Ping, Result<string>>(unitOfWork)
            .Handle(new Ping("x"), CancellationToken.None, () => Task.FromResult(Result<string>.Success("pong")));

        Assert.That(result.Value, Is.EqualTo("pong"));
        await unitOfWork.DidNotReceiveWithAnyArgs().BeginTransactionAsync(default);
    }

    [Test]
    public async Task Queries_run_without_a_transaction()
    {
        var (unitOfWork, _) = Fakes.UnitOfWork();

        await new TransactionBehavior<Query, int>(unitOfWork).Handle(new Query(), CancellationToken.None, () => Task.FromResult(1));

        await unitOfWork.DidNotReceiveWithAnyArgs().BeginTransactionAsync(default);
    }
}
