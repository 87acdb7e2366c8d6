using Festival.Application.Scheduling.Setup;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing.Scheduling;

/// <summary>
/// Where and by whom the <see cref="SampleSeason"/> is heard, made through the real setup commands:
/// <code>
/// Town Hall: Hall A (Piano, Vocal, Strings), Room B (Vocal)        Church: Nave (Piano, Vocal)
/// adjudicators: Paula Piano (Piano), Victor Voice (Vocal, Strings), Tess Teacher (Piano; she teaches Anna and Ben)
/// sessions: 2027-03-06 and 07, 09:00–12:00 and 13:30–16:30 in Hall A (Victor) and Room B (Victor) from a template, then
///           Hall A's sessions given to Paula; one more session in the Nave on 2027-03-06 09:00–12:00 with Tess, break 10:30–10:45
/// </code>
/// Tess also has a teacher link to Cara, who has no teacher on her entries.
/// </summary>
public sealed record SampleSchedule(
    IReadOnlyDictionary<string, int> Venues,
    IReadOnlyDictionary<string, int> Rooms,
    IReadOnlyDictionary<string, int> Adjudicators,
    IReadOnlyList<int> TemplateSessions,
    int NaveSession)
{
    public static readonly DateOnly FirstDay = new(2027, 3, 6);

    public static async Task<SampleSchedule> CreateAsync(IServiceProvider services, SampleSeason season)
    {
        ArgumentNullException.ThrowIfNull(season);
        async Task<T> Send<T>(IRequest<Application.Common.Result<T>> request)
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
            return result.Succeeded ? result.Value : throw new InvalidOperationException(result.ToString());
        }

        var town = await Send(new SaveVenueCommand("Town Hall", Address: "1 High Street"));
        var church = await Send(new SaveVenueCommand("Church"));
        var rooms = new Dictionary<string, int>
        {
            ["Hall A"] = await Send(new SaveRoomCommand(town, "Hall A", ["Piano", "Vocal", "Strings"])),
            ["Room B"] = await Send(new SaveRoomCommand(town, "Room B", ["Vocal"])),
            ["Nave"] = await Send(new SaveRoomCommand(church, "Nave", ["Piano", "Vocal"])),
        };

        int paulaId, victorId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            var paula = new Person("Paula Piano", PersonRoles.None, ProfileCode.NewRandom(), SampleSeason.At);
            var victor = new Person("Victor Voice", PersonRoles.None, ProfileCode.NewRandom(), SampleSeason.At);
            db.People.AddRange(paula, victor);
            db.PersonLinks.Add(new PersonLink(season.People["Tess"], season.People["Cara"], PersonLinkKind.Teacher, PersonLinkStatus.Accepted, SampleSeason.At));
            await db.SaveChangesAsync();
            (paulaId, victorId) = (paula.Id, victor.Id);
        }

        var adjudicators = new Dictionary<string, int>
        {
            ["Paula"] = await Send(new SaveAdjudicatorCommand(paulaId, ["Piano"], [])),
            ["Victor"] = await Send(new SaveAdjudicatorCommand(victorId, ["Vocal", "Strings"], [])),
            ["Tess"] = await Send(new SaveAdjudicatorCommand(season.People["Tess"], ["Piano"], [FirstDay])),
        };

        TimeRange[] times = [new(new TimeOnly(9, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 30), new TimeOnly(16, 30))];
        var sessions = await Send(new CreateSessionsFromTemplateCommand(FirstDay, FirstDay.AddDays(1), times, [rooms["Hall A"], rooms["Room B"]], AdjudicatorId: adjudicators["Victor"]));
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            foreach (var session in db.Sessions.Where(s => s.RoomId == rooms["Hall A"]).ToList())
            {
                await Send(new SaveSessionCommand(session.RoomId, session.Date, session.Start, session.End, AdjudicatorId: adjudicators["Paula"], Breaks: [], SessionId: session.Id));
            }
        }

        var nave = await Send(new SaveSessionCommand(rooms["Nave"], FirstDay, new TimeOnly(9, 0), new TimeOnly(12, 0), AdjudicatorId: adjudicators["Tess"], Breaks: [new TimeRange(new TimeOnly(10, 30), new TimeOnly(10, 45))]));
        return new SampleSchedule(
            new Dictionary<string, int> { ["Town Hall"] = town, ["Church"] = church }, rooms, adjudicators, sessions, nave);
    }
}
