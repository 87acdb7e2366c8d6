using System.Text.RegularExpressions;
using Festival.Application.Entries.Staff;
using Festival.Application.Invoices;
using Festival.Application.Reports;
using Festival.Application.Seasons;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using Festival.Infrastructure.Reports;
using MediatR;

namespace Festival.Infrastructure.Entries;

/// <summary>
/// The staff entries list in SQL: filters and paging in the database, then the names for one page in two queries.
/// Withdrawn entries come from <see cref="EntryWithdrawal"/>, the record kept of each.
/// </summary>
internal sealed partial class StaffEntriesHandler(FestivalDbContext db, ISeasons seasons, IInvoices invoices) : IRequestHandler<StaffEntriesQuery, Result<StaffEntries>>
{
    public async Task<Result<StaffEntries>> Handle(StaffEntriesQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<StaffEntries>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var rows = request.Status == StaffEntryStatus.Withdrawn
            ? await WithdrawnAsync(seasonId, request, cancellationToken)
            : await CurrentAsync(seasonId, request, cancellationToken);
        return Result<StaffEntries>.Success(new StaffEntries(season.Value.Name, request.Status, rows));
    }

    private async Task<PagedList<StaffEntryRow>> CurrentAsync(int seasonId, StaffEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId);
        if (ClassFilter(seasonId, request.Class) is { } classes)
        {
            entries = entries.Where(e => classes.Contains(e.ClassId));
        }

        if (!string.IsNullOrWhiteSpace(request.Person))
        {
            var key = PersonNames.Key(request.Person);
            entries = entries.Where(e => e.Participants.Any(p => db.People.Any(x => x.Id == p.PersonId && x.NameKey.Contains(key)))
                || db.Groups.Any(g => g.Id == e.GroupId && g.NameKey.Contains(key)));
        }

        if (Payers(request.Payer) is { } payers)
        {
            entries = entries.Where(e => payers.Contains(e.SubmittedByUserId!));
        }

        // A payer whose payments (and credits) cover their invoice: their entries are paid (and locked for them), by the
        // invoice's own charges (fees, discounts, registration fees), so the list says what the invoice says.
        var paidPayers = (await invoices.StandingsAsync(seasonId, cancellationToken)).Where(s => s.IsPaid).Select(s => s.PayerUserId).ToList();

        entries = request.Status switch
        {
            StaffEntryStatus.Paid => entries.Where(e => paidPayers.Contains(e.SubmittedByUserId!)),
            StaffEntryStatus.Unpaid => entries.Where(e => e.SubmittedByUserId != null && !paidPayers.Contains(e.SubmittedByUserId!)),
            _ => entries,
        };

        var count = await entries.CountAsync(cancellationToken);
        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var rows = await entries.Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Entry = e, c.Number, c.Suffix, c.Name })
            .OrderBy(r => r.Number).ThenBy(r => r.Suffix).ThenBy(r => r.Entry.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var names = await EntryNames.LoadAsync(db, [.. rows.Select(r => r.Entry)], cancellationToken);
        var payerIds = rows.Select(r => r.Entry.SubmittedByUserId).OfType<string>().Distinct().ToList();
        var emails = await EmailsAsync(payerIds, cancellationToken);
        var paid = paidPayers.ToHashSet();
        var media = await MediaConsentAsync(seasonId, [.. rows.Select(r => r.Entry)], cancellationToken);
        return Paged(
            [.. rows.Select(r => new StaffEntryRow(
                r.Entry.Id, $"{r.Number}{r.Suffix}", r.Name, names.PerformerText(r.Entry),
                r.Entry.SubmittedByUserId is { } payer ? emails.GetValueOrDefault(payer) : null,
                r.Entry.FeeCents + r.Entry.SurchargeCents, r.Entry.SubmittedByUserId is { } p && paid.Contains(p), MediaConsent: media(r.Entry)))],
            page, take, count, request.PageSize);
    }

    private async Task<PagedList<StaffEntryRow>> WithdrawnAsync(int seasonId, StaffEntriesQuery request, CancellationToken cancellationToken)
    {
        var withdrawals = db.EntryWithdrawals.AsNoTracking().Where(w => w.SeasonId == seasonId);
        if (ClassFilter(seasonId, request.Class) is { } classes)
        {
            withdrawals = withdrawals.Where(w => classes.Contains(w.ClassId));
        }

        if (!string.IsNullOrWhiteSpace(request.Person))
        {
            var text = request.Person.Trim();
            withdrawals = withdrawals.Where(w => w.Performers.Contains(text));
        }

        if (Payers(request.Payer) is { } payers)
        {
            withdrawals = withdrawals.Where(w => payers.Contains(w.SubmittedByUserId!));
        }

        var count = await withdrawals.CountAsync(cancellationToken);
        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var rows = await withdrawals.Join(db.Classes, w => w.ClassId, c => c.Id, (w, c) => new { Withdrawal = w, c.Number, c.Suffix, c.Name })
            .OrderByDescending(r => r.Withdrawal.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var emails = await EmailsAsync([.. rows.Select(r => r.Withdrawal.SubmittedByUserId).OfType<string>().Distinct()], cancellationToken);
        return Paged(
            [.. rows.Select(r => new StaffEntryRow(
                r.Withdrawal.EntryId, $"{r.Number}{r.Suffix}", r.Name, r.Withdrawal.Performers,
                r.Withdrawal.SubmittedByUserId is { } payer ? emails.GetValueOrDefault(payer) : null,
                r.Withdrawal.TotalCents, false, r.Withdrawal.WithdrawnAt, r.Withdrawal.ByStaff))],
            page, take, count, request.PageSize);
    }

    /// <summary>Each entry's photo and recording consent for the season, over its performers (a group's members).</summary>
    private async Task<Func<Entry, string>> MediaConsentAsync(int seasonId, IReadOnlyCollection<Entry> entries, CancellationToken cancellationToken)
    {
        var groupIds = entries.Where(e => e.GroupId != null).Select(e => e.GroupId!.Value).Distinct().ToList();
        // A group's members are owned by the group: loaded with it.
        var groups = groupIds.Count == 0 ? [] : await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToListAsync(cancellationToken);
        var members = groups.SelectMany(g => g.Members.Select(m => (GroupId: g.Id, m.PersonId))).ToList();
        var byGroup = members.ToLookup(m => m.GroupId, m => m.PersonId);
        var personIds = entries.SelectMany(e => e.Participants.Select(p => p.PersonId)).Concat(members.Select(m => m.PersonId)).Distinct().ToList();
        var answers = await db.MediaConsents.AsNoTracking().Where(c => c.SeasonId == seasonId && personIds.Contains(c.PersonId))
            .ToDictionaryAsync(c => c.PersonId, c => c.Granted, cancellationToken);
        return entry =>
        {
            var people = (entry.GroupId is { } group ? byGroup[group] : entry.Participants.Select(p => p.PersonId)).ToList();
            return people.Count > 0 && people.All(p => answers.GetValueOrDefault(p)) ? "Yes"
                : people.Any(p => answers.TryGetValue(p, out var granted) && !granted) ? "No"
                : "Not answered";
        };
    }

    /// <summary>The season's classes a class filter names: <c>2105</c> (any suffix), <c>2105A</c>, or words of the name; null for no filter.</summary>
    private IQueryable<int>? ClassFilter(int seasonId, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var classes = db.Classes.Where(c => c.SeasonId == seasonId);
        var trimmed = text.Trim();
        if (ClassCode().Match(trimmed) is { Success: true } code)
        {
            var number = int.Parse(code.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var suffix = code.Groups["suffix"].Value.ToUpperInvariant();
            classes = classes.Where(c => c.Number == number && (suffix == "" || c.Suffix == suffix));
        }
        else
        {
            classes = classes.Where(c => c.Name.Contains(trimmed));
        }

        return classes.Select(c => c.Id);
    }

    /// <summary>The accounts whose email contains <paramref name="text"/> (any case); null for no filter.</summary>
    private IQueryable<string>? Payers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var upper = text.Trim().ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper)).Select(u => u.Id);
    }

    private async Task<Dictionary<string, string>> EmailsAsync(List<string> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);

    private static PagedList<StaffEntryRow> Paged(IReadOnlyList<StaffEntryRow> rows, int page, int take, int count, int pageSize) =>
        new(rows, page, pageSize == ReportPaging.All ? Math.Max(1, count) : take, count);

    [GeneratedRegex(@"^(?<number>\d{1,6})(?<suffix>[A-Za-z]?)$")]
    private static partial Regex ClassCode();
}
