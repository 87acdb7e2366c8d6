namespace Festival.Application.Invoices;

public sealed record InvoiceIssuedNotification(int InvoiceId, int Number, int SeasonId, string PayerUserId, DateTimeOffset At) : INotification;
