using Festival.Application.Reports;
using Festival.Application.Reports.Repertoire;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Festival.Web.Pages.Admin.Repertoire;

public sealed class RepertoireModel(IMediator mediator, IEnumerable<ITableWriter> writers) : ReportPageModel<RepertoireReportSort>(writers)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public RepertoireReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = Read(await mediator.Send(Query(ReportPaging.DefaultPageSize), cancellationToken));

    public async Task<IActionResult> OnGetDownloadAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Query(ReportPaging.All), cancellationToken);
        return await DownloadAsync(result, ReportTables.Repertoire, format, $"repertoire-{(result.Succeeded ? result.Value.Season : "")}", cancellationToken);
    }

    private RepertoireReportQuery Query(int pageSize) => new(Season, Q, Sort, Desc, P, pageSize);
}
