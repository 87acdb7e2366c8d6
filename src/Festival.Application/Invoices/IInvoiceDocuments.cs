namespace Festival.Application.Invoices;

/// <summary>Writes an invoice as a PDF file.</summary>
public interface IInvoiceDocuments
{
    byte[] Pdf(InvoiceView invoice);
}

/// <summary>A document to download or attach: its bytes, media type and file name.</summary>
public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);
