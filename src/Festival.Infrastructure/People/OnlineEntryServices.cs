using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Application.People.Consent;
using Festival.Application.People.Managed;
using Festival.Infrastructure.Documents;
using Festival.Infrastructure.Entries;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.People;

/// <summary>The stores behind online entry: the people an account enters and their consents, baskets, entries, invoices and their PDFs.</summary>
internal static class OnlineEntryServices
{
    public static IServiceCollection AddOnlineEntry(this IServiceCollection services) =>
        services.AddScoped<IManagedPeople, ManagedPeopleStore>()
            .AddScoped<IOnlineEntries, OnlineEntryStore>()
            .AddScoped<IMediaConsents, MediaConsentStore>()
            .AddScoped<IInvoices, InvoiceStore>()
            .AddSingleton<IInvoiceDocuments, InvoiceDocuments>();
}
