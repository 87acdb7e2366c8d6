using Festival.Application.Reports.People;
using Festival.Application.Reports;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

internal sealed class PersonDetailsHandler(FestivalDbContext db) : IRequestHandler<PersonDetailsQuery, PersonDetailsView?>
{
    public async Task<PersonDetailsView?> Handle(PersonDetailsQuery request, CancellationToken cancellationToken)
    {
        var id = request.PersonId;
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == person.SchoolId).Select(s => new NamedRef(s.Id, s.Name)).SingleOrDefaultAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking()
            .Where(e => e.TeacherId == id || e.AccompanistId == id || e.Participants.Any(p => p.PersonId == id))
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { Entry = e, Class = c })
            .Join(db.Seasons, x => x.Class.SeasonId, s => s.Id, (x, s) => new
            {
                x.Entry.Id,
                Season = s.Name,
                ClassId = x.Class.Id,
                x.Class.Number,
                x.Class.Suffix,
                ClassName = x.Class.Name,
                Performs = x.Entry.Participants.Any(p => p.PersonId == id),
                Teaches = x.Entry.TeacherId == id,
                Accompanies = x.Entry.AccompanistId == id,
                x.Entry.FeeCents,
            })
            .OrderByDescending(x => x.Season).ThenBy(x => x.Number).ThenBy(x => x.Suffix).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => g.Members.Any(m => m.PersonId == id)).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var links = await db.PersonLinks.AsNoTracking().Where(l => l.PersonId == id || l.OtherPersonId == id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var otherIds = links.Select(l => l.PersonId == id ? l.OtherPersonId : l.PersonId).Distinct().ToList();
        var others = await db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        return new PersonDetailsView(
            person.Id, person.Name, person.Email, person.Phone, person.BirthDate, person.Roles, person.ProfileCode, school, person.UserId is not null,
            [.. entries.Select(e => new PersonEntryView(e.Id, e.Season, e.ClassId, $"{e.Number}{e.Suffix}", e.ClassName, Part(e.Performs, e.Teaches, e.Accompanies), e.FeeCents / 100m))],
            [.. groups.SelectMany(g => g.Members.Where(m => m.PersonId == id).Select(m => new PersonGroupView(new NamedRef(g.Id, g.Name), m.Kind)))],
            [.. links.Select(l => Link(l, id, others))]);
    }

    private static string Part(bool performs, bool teaches, bool accompanies) =>
        string.Join(", ", new[] { performs ? "Performer" : null, teaches ? "Teacher" : null, accompanies ? "Accompanist" : null }.OfType<string>());

    private static PersonLinkView Link(PersonLink link, int id, Dictionary<int, string> others)
    {
        var otherId = link.PersonId == id ? link.OtherPersonId : link.PersonId;
        var relation = (link.Kind, link.PersonId == id) switch
        {
            (PersonLinkKind.Guardian, true) => "guardian of",
            (PersonLinkKind.Guardian, false) => "has guardian",
            (PersonLinkKind.Teacher, true) => "teacher of",
            _ => "has teacher",
        };
        return new PersonLinkView(new NamedRef(otherId, others.GetValueOrDefault(otherId, $"#{otherId}")), relation, link.Status);
    }
}
