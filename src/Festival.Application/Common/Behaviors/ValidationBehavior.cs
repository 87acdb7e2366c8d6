namespace Festival.Application.Common.Behaviors;

/// <summary>Runs every <see cref="IValidator{TRequest}"/> of the request; any error stops it before the handler.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        List<Error>? errors = null;
        foreach (var validator in validators)
        {
            var found = await validator.ValidateAsync(request, cancellationToken);
            if (found.Count > 0)
            {
                (errors ??= []).AddRange(found);
            }
        }

        return errors is null ? await next() : FailureOf<TResponse>.Create(errors);
    }
}

/// <summary>Builds a failed <typeparamref name="TResponse"/> when it is a result type; anything else cannot carry errors.</summary>
internal static class FailureOf<TResponse>
{
    public static readonly Func<IReadOnlyList<Error>, TResponse> Create = Build();

    private static Func<IReadOnlyList<Error>, TResponse> Build()
    {
        var failable = typeof(TResponse).GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IFailable<>) && i.GenericTypeArguments[0] == typeof(TResponse));
        if (!failable)
        {
            return errors => throw new InvalidOperationException(
                $"{typeof(TResponse).Name} cannot carry validation errors: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        var method = typeof(FailureOf<TResponse>).GetMethod(nameof(Fail), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(typeof(TResponse));
        return method.CreateDelegate<Func<IReadOnlyList<Error>, TResponse>>();
    }

    private static TSelf Fail<TSelf>(IReadOnlyList<Error> errors) where TSelf : IFailable<TSelf> => TSelf.Failed(errors);
}
