using Festival.Application.Accounts;
using Festival.Application.Accounts.Users;
using Festival.Application.Audit;
using Festival.Application.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin;

public sealed class AuditModel(IMediator mediator) : PageModel
{
    public const int PageSize = 50;

    /// <summary>An email or a user id: only the events that happened to that account.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    /// <summary>One of <see cref="AuditEventTypes.All"/>; blank means any type.</summary>
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    /// <summary>The page number (<c>page</c> is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    /// <summary>The account <see cref="UserFilter"/> names, once found.</summary>
    public AccountSummary? FilteredAccount { get; private set; }

    /// <summary>Set when <see cref="UserFilter"/> names no account; the list is then empty.</summary>
    public string? NoAccountMessage { get; private set; }

    public PagedList<AuditRow> Events { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UserFilter = string.IsNullOrWhiteSpace(UserFilter) ? null : UserFilter.Trim();
        TypeFilter = AuditEventTypes.All.FirstOrDefault(t => string.Equals(t, TypeFilter?.Trim(), StringComparison.OrdinalIgnoreCase));

        if (UserFilter is not null)
        {
            FilteredAccount = UserFilter.Contains('@', StringComparison.Ordinal)
                ? await mediator.Send(new FindAccountByEmailQuery(UserFilter), cancellationToken)
                : await mediator.Send(new GetAccountQuery(UserFilter), cancellationToken);
            if (FilteredAccount is null)
            {
                NoAccountMessage = $"No account found for {UserFilter}. Enter an email address or a user id.";
                Events = new PagedList<AuditRow>([], 1, PageSize, 0);
                return;
            }
        }

        var events = await mediator.Send(new ListAuditEventsQuery(FilteredAccount?.Id, TypeFilter, P, PageSize), cancellationToken);
        var rows = events.Items.Select(e => new AuditRow(e, AuditDetails.Parse(e.Details))).ToArray();
        await NameActorsAsync(rows, cancellationToken);
        Events = new PagedList<AuditRow>(rows, events.Page, events.PageSize, events.TotalCount);
    }

    /// <summary>
    /// Actors are stored as ids. Most act on themselves, whose email the details already carry; the few others
    /// (administrators) are looked up once each per page.
    /// </summary>
    private async Task NameActorsAsync(AuditRow[] rows, CancellationToken cancellationToken)
    {
        var known = rows.Where(r => r.SubjectEmail is not null)
            .GroupBy(r => r.Event.SubjectUserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.First().SubjectEmail, StringComparer.Ordinal);
        foreach (var actorId in rows.Select(r => r.Event.ActorUserId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!known.ContainsKey(actorId))
            {
                known[actorId] = (await mediator.Send(new GetAccountQuery(actorId), cancellationToken))?.Email;
            }
        }

        foreach (var row in rows)
        {
            row.ActorEmail = row.Event.ActorUserId is { } actorId ? known.GetValueOrDefault(actorId) : null;
        }
    }
}

/// <summary>One line of the audit table.</summary>
public sealed class AuditRow(AuditEventView auditEvent, IReadOnlyList<KeyValuePair<string, string>> details)
{
    public AuditEventView Event { get; } = auditEvent;

    /// <summary>The details, in stored order, as readable names and values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; } = details;

    /// <summary>The subject's email as it was when the event happened, when the details carry it.</summary>
    public string? SubjectEmail { get; } = details.FirstOrDefault(d => d.Key == "email").Value;

    public string? ActorEmail { get; set; }
}
