namespace Festival.Application.Syllabus.Cancel;

/// <summary>
/// Festival staff cancel a class: it takes no more entries, its entries are cancelled, and every entry on an invoice is
/// credited with what it was charged (a numbered credit note on the payer's invoice). This is the only refund festivals give.
/// </summary>
public sealed record CancelClassCommand(int ClassId, string Reason) : IRequest<Result<ClassCancelledNotification>>, ITransactionalRequest;
