using BenchmarkDotNet.Attributes;
using Festival.Application.Common;
using Festival.Application.Common.Behaviors;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// What the pipeline costs a command: the same no-op transactional command called directly, sent without behaviors,
/// and sent through the app's three behaviors (logging → validation with one validator → transaction, on a unit of
/// work that does no I/O). One scope per operation in every case.
/// </summary>
[MicroJob]
public class PipelineBenchmarks
{
    private readonly PingCommand _command = new(42);
    private ServiceProvider _bare = null!;
    private ServiceProvider _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bare = Build(behaviors: false);
        _pipeline = Build(behaviors: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bare.Dispose();
        _pipeline.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Handler called directly")]
    public async Task<Result<int>> Direct()
    {
        await using var scope = _bare.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRequestHandler<PingCommand, Result<int>>>().Handle(_command, CancellationToken.None);
    }

    [Benchmark(Description = "Send, no behaviors")]
    public async Task<Result<int>> SendBare()
    {
        await using var scope = _bare.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_command);
    }

    [Benchmark(Description = "Send through logging, validation, transaction")]
    public async Task<Result<int>> SendThroughPipeline()
    {
        await using var scope = _pipeline.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_command);
    }

    private static ServiceProvider Build(bool behaviors)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        if (behaviors)
        {
            // The same behaviors, in the same order, as AddApplication().
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        }

        services.AddScoped<IRequestHandler<PingCommand, Result<int>>, PingHandler>();
        services.AddScoped<IValidator<PingCommand>, PingValidator>();
        services.AddScoped<IUnitOfWork, NoIoUnitOfWork>();
        return services.BuildServiceProvider();
    }

    public sealed record PingCommand(int Value) : IRequest<Result<int>>, ITransactionalRequest;

    private sealed class PingHandler : IRequestHandler<PingCommand, Result<int>>
    {
        public Task<Result<int>> Handle(PingCommand request, CancellationToken cancellationToken) => Task.FromResult(Result<int>.Success(request.Value));
    }

    private sealed class PingValidator : IValidator<PingCommand>
    {
        private static readonly Task<IReadOnlyList<Error>> None = Task.FromResult<IReadOnlyList<Error>>([]);

        public Task<IReadOnlyList<Error>> ValidateAsync(PingCommand request, CancellationToken cancellationToken) => None;
    }

    private sealed class NoIoUnitOfWork : IUnitOfWork, IUnitOfWorkTransaction
    {
        public bool HasActiveTransaction { get; private set; }

        public Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
        {
            HasActiveTransaction = true;
            return Task.FromResult<IUnitOfWorkTransaction>(this);
        }

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync()
        {
            HasActiveTransaction = false;
            return ValueTask.CompletedTask;
        }
    }
}
