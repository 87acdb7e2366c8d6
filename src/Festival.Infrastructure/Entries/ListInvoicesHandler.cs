using Festival.Application.Invoices;
using Festival.Application.Reports;
using Festival.Application.Seasons;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Entries;

/// <summary>The invoices list in SQL: each invoice's total is its payer's entries of the season, its paid amount its payments.</summary>
internal sealed class ListInvoicesHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<ListInvoicesQuery, Result<InvoiceList>>
{
    public async Task<Result<InvoiceList>> Handle(ListInvoicesQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<InvoiceList>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var rows = from i in db.Invoices.AsNoTracking()
                   where i.SeasonId == seasonId
                   join u in db.Users on i.PayerUserId equals u.Id
                   select new
                   {
                       i.Number,
                       Email = u.Email ?? string.Empty,
                       u.NormalizedEmail,
                       Name = db.Profiles.Where(p => p.UserId == u.Id && p.IsPrimary).Select(p => p.DisplayName).FirstOrDefault(),
                       i.IssuedAt,
                       Total = db.Entries.Where(e => e.SeasonId == seasonId && e.SubmittedByUserId == i.PayerUserId).Sum(e => e.FeeCents + e.SurchargeCents),
                       Paid = i.Payments.Sum(p => p.AmountCents),
                   };
        // Summed here rather than in SQL: SQL Server refuses an aggregate over subqueries, and a season has at most thousands of invoices.
        var balances = await rows.Select(r => new { r.Total, r.Paid }).ToListAsync(cancellationToken);
        var outstanding = balances.Where(b => b.Total > b.Paid).Sum(b => b.Total - b.Paid);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            var upper = search.ToUpperInvariant();
            rows = rows.Where(r => (r.NormalizedEmail != null && r.NormalizedEmail.Contains(upper)) || (r.Name != null && r.Name.Contains(search)));
        }

        if (request.OutstandingOnly)
        {
            rows = rows.Where(r => r.Total > r.Paid);
        }

        var count = await rows.CountAsync(cancellationToken);
        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var items = await rows.OrderBy(r => r.Number).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return Result<InvoiceList>.Success(new InvoiceList(
            season.Value.Name, outstanding,
            new PagedList<InvoiceRow>(
                [.. items.Select(r => new InvoiceRow(r.Number, r.Email, r.Name, r.IssuedAt, r.Total, r.Paid))], page,
                request.PageSize == ReportPaging.All ? Math.Max(1, count) : take, count)));
    }
}
