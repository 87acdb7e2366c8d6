namespace Festival.Application.Invoices;

public static class InvoiceErrors
{
    public static Error NoInvoice => Error.NotFound("invoice_not_found", "There is no invoice yet: it is issued when you submit entries.");

    public static Error NotFound(int number) => Error.NotFound("invoice_not_found", $"There is no invoice number {number} in this season.");

    public static Error ReferenceTaken(string reference, int number) =>
        Error.Conflict("payment_reference_taken", $"A payment with reference '{reference}' is already recorded on invoice {number}.", "Reference");

    public static Error EntryPaid(int entryId) =>
        Error.Conflict("entry_paid", $"Entry {entryId} is paid, so it is locked; the festival office can still change it.");
}
