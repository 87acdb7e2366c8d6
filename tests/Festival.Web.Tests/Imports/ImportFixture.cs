using System.Text;
using Festival.Application.Imports;
using Festival.Application.Imports.Staging;
using Festival.Application.Seasons.Create;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Imports;

/// <summary>Files and database look-ups the import page and API tests share; each test imports into a season of its own.</summary>
internal static class ImportFixture
{
    /// <summary>Three classes, an unknown column (Colour), and nothing wrong.</summary>
    public static readonly byte[] Syllabus = Encoding.UTF8.GetBytes(
        "Class,Name,Type,Fee,MaxAge,Colour\n2105,\"Piano Solo, Grade 5\",Solo,15,,red\n2201,Piano Duet,Duet,20,,blue\n1010,\"Vocal Solo, 8 years and under\",Solo,12,8,green\n");

    /// <summary>Two entries for the classes above and one for a class that does not exist (row 3).</summary>
    public static readonly byte[] Entries = Encoding.UTF8.GetBytes(string.Join('\n',
        "Class,Participants,Birthdates,Email,Teacher,Title,Composer,Duration",
        "2105,Ana Ruiz,2015-03-01,ruiz@example.org,Mia Novak,Minuet in G,Bach,1:30",
        "9999,Cy Ruiz,,,,Song,Anon,2",
        "1010,Ben Ruiz,2018-05-05,,,Lullaby,Brahms,90 s") + "\n");

    /// <summary>Not a CSV, XLSX or PDF.</summary>
    public static readonly byte[] Garbage = [0x00, 0xFF, 0x13, 0x37, 0x00, 0x01, 0x02];

    public static async Task<T> Send<T>(FestivalWebFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task<T> Db<T>(FestivalWebFactory app, Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    /// <summary>A season that is not current, so that tests sharing a host never import into each other's.</summary>
    public static async Task<string> SeasonAsync(FestivalWebFactory app, string name)
    {
        var result = await Send(app, new CreateSeasonCommand(name, MakeCurrent: false));
        Assert.That(result.Succeeded, Is.True, result.ToString());
        return name;
    }

    public static Task<int> ClassesAsync(FestivalWebFactory app, string season) =>
        Db(app, db => db.Classes.CountAsync(c => db.Seasons.Any(s => s.Id == c.SeasonId && s.Name == season)));

    public static Task<int> UploadsAsync(FestivalWebFactory app) => Db(app, db => db.ImportUploads.CountAsync());

    /// <summary>Stages a syllabus through the command, for tests about what happens after the upload.</summary>
    public static async Task<StagedImport> StageSyllabusAsync(FestivalWebFactory app, string season)
    {
        var staged = await Send(app, new StageImportCommand(ImportKind.Syllabus, Syllabus, "syllabus.csv", season));
        Assert.That(staged.Succeeded, Is.True, staged.ToString());
        return staged.Value;
    }
}
