using Festival.Application.Reports.People;
using Festival.Application.Reports;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

internal sealed class ListSchoolsHandler(FestivalDbContext db) : IRequestHandler<ListSchoolsQuery, IReadOnlyList<NamedRef>>
{
    public async Task<IReadOnlyList<NamedRef>> Handle(ListSchoolsQuery request, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new NamedRef(s.Id, s.Name)).ToListAsync(cancellationToken);
}
