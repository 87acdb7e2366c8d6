namespace Festival.Application.Common;

/// <summary>Lets generic code (the validation behavior) build a failed result of any result type.</summary>
public interface IFailable<TSelf> where TSelf : IFailable<TSelf>
{
    static abstract TSelf Failed(IReadOnlyList<Error> errors);
}

/// <summary>The outcome of a command: success, or the expected failures that stopped it.</summary>
public class Result : IFailable<Result>
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result Success() => new([]);

    public static Result Failed(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(errors);

    public static Result Failed(Error error) => new([error]);

    public override string ToString() => Succeeded ? "Success" : string.Join("; ", Errors.Select(e => e.Message));
}

/// <summary>A <see cref="Result"/> that carries a value on success.</summary>
public sealed class Result<T> : Result, IFailable<Result<T>>
{
    private readonly T? _value;

    private Result(T value) : base([]) => _value = value;

    private Result(IReadOnlyList<Error> errors) : base(errors)
    {
    }

    /// <summary>The value; reading it from a failed result is a programming error.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"A failed result has no value: {this}");

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failed(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(errors);

    public static new Result<T> Failed(Error error) => new([error]);

    public static implicit operator Result<T>(Error error) => Failed(error);
}
