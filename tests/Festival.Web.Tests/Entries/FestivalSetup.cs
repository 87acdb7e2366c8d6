using Festival.Application.Seasons.Create;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Web.Tests.Entries;

/// <summary>A current season with a small syllabus, made through the real command and the real tables.</summary>
internal static class FestivalSetup
{
    public static async Task<Dictionary<string, int>> SeasonAsync(
        FestivalWebFactory factory, DateTimeOffset entriesCloseAt, params (string Code, ClassType Type, int? MinAge, int? MaxAge, int? MaxSeconds, decimal Fee)[] classes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var season = await mediator.Send(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: entriesCloseAt));
        Assert.That(season.Succeeded, Is.True, season.ToString());
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var made = new Dictionary<string, FestivalClass>();
        foreach (var (code, type, min, max, seconds, fee) in classes)
        {
            var number = int.Parse(code.TrimEnd('A', 'B'), System.Globalization.CultureInfo.InvariantCulture);
            var festivalClass = new FestivalClass(season.Value.SeasonId, number, code[number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length..], $"{type} class {code}", now);
            festivalClass.Update(new ClassDetails($"{type} class {code}", "Piano", "Junior", type, fee, 240, 60, min, max, seconds), now);
            db.Classes.Add(festivalClass);
            made[code] = festivalClass;
        }

        await db.SaveChangesAsync();
        return made.ToDictionary(m => m.Key, m => m.Value.Id);
    }
}
