using Festival.Application.Reports;
using Festival.Application.Reports.People;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Festival.Web.Pages.Admin.People;

public sealed class PeopleModel(IMediator mediator, IEnumerable<ITableWriter> writers) : ReportPageModel<PeopleReportSort>(writers)
{
    [BindProperty(SupportsGet = true)]
    public PeopleReportKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PeopleReport? Report { get; private set; }

    /// <summary>Participants, teachers and accompanists are people with a page of their own.</summary>
    public bool ArePeople => Kind is PeopleReportKind.Participants or PeopleReportKind.Teachers or PeopleReportKind.Accompanists;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = Read(await mediator.Send(Query(ReportPaging.DefaultPageSize), cancellationToken));

    public async Task<IActionResult> OnGetDownloadAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Query(ReportPaging.All), cancellationToken);
        return await DownloadAsync(result, ReportTables.People, format, $"{Kind}-{(result.Succeeded ? result.Value.Season : "")}".ToLowerInvariant(), cancellationToken);
    }

    private PeopleReportQuery Query(int pageSize) => new(Season, Kind, Q, Sort, Desc, P, pageSize);
}
