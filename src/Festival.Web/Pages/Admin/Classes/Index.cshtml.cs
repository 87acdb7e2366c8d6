using Festival.Application.Reports;
using Festival.Application.Reports.Classes;
using Festival.Domain.Syllabus;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Festival.Web.Pages.Admin.Classes;

public sealed class ClassesModel(IMediator mediator, IEnumerable<ITableWriter> writers) : ReportPageModel<ClassReportSort>(writers)
{
    [BindProperty(SupportsGet = true)]
    public string? Discipline { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public ClassType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool HideEmpty { get; set; }

    public ClassReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = Read(await mediator.Send(Query(ReportPaging.DefaultPageSize), cancellationToken));

    public async Task<IActionResult> OnGetDownloadAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Query(ReportPaging.All), cancellationToken);
        return await DownloadAsync(result, ReportTables.Classes, format, $"classes-{(result.Succeeded ? result.Value.Season : "")}", cancellationToken);
    }

    private ClassReportQuery Query(int pageSize) => new(Season, Discipline, Level, Type, HideEmpty, Sort, Desc, P, pageSize);
}
