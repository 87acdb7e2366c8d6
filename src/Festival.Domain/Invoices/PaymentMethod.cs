namespace Festival.Domain.Invoices;

public enum PaymentMethod
{
    Cheque,
    ETransfer,
    Cash,
    PurchaseOrder,
    Card,
}
