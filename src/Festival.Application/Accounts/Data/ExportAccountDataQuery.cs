using Festival.Application.Entries;
using Festival.Application.Invoices;

namespace Festival.Application.Accounts.Data;

/// <summary>
/// Everything the festival holds about an account and the people it manages (itself and its children): the profile,
/// those people, every entry they perform in or the account submitted, and the account's invoices with their payments.
/// </summary>
public sealed record ExportAccountDataQuery(string UserId) : IRequest<Result<AccountDataExport>>;

public sealed record AccountDataExport(
    DateTimeOffset ExportedAt, AccountData Account, IReadOnlyList<PersonData> People, IReadOnlyList<SeasonEntries> Entries, IReadOnlyList<InvoiceView> Invoices);

public sealed record AccountData(string Id, string Email, DateTimeOffset RegisteredAt, string? DisplayName, string? Phone, string? School);

/// <summary>A person the account manages: <paramref name="Relationship"/> is <c>Myself</c> or <c>Child</c>.</summary>
public sealed record PersonData(
    int Id, string Relationship, string Name, string ProfileCode, DateOnly? BirthDate, string? Email, string? Phone, DateTimeOffset? NameConsentAt);

public sealed record SeasonEntries(string Season, IReadOnlyList<EntryLine> Entries);
