namespace Festival.Application.Common;

/// <summary>
/// Marks a command that the transaction behavior runs in one database transaction, together with
/// every in-process handler of the notifications it publishes.
/// </summary>
public interface ITransactionalRequest;
