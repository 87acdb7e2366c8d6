using Festival.Application.Common;
using Festival.Application.Imports;
using Festival.Application.Seasons.Create;
using Festival.Application.Seasons.List;
using MediatR;

namespace Festival.Web.Hosting;

/// <summary>
/// The invented 2027 season shipped in <c>samples/2027</c> (copied beside the app): a syllabus and about 600 entries with
/// the mess real exports have, loaded through the same import commands as any file, so a newcomer sees a working festival.
/// </summary>
public static class SampleFestival
{
    public const string SeasonName = "2027";

    /// <summary>In <c>appsettings.Development.json</c>: load the sample into a database that has no season yet.</summary>
    public const string LoadWhenEmptyKey = "Festival:Sample:LoadWhenEmpty";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples", SeasonName);

    /// <summary>Loads the sample season; a failed result says why (a season already exists, or the files are missing).</summary>
    public static async Task<Result<string>> LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!File.Exists(Path.Combine(Folder, "syllabus.csv")) || !File.Exists(Path.Combine(Folder, "entries.csv")))
        {
            return Error.NotFound("sample_missing", $"The sample files are not in {Folder}.");
        }

        if ((await Send(services, new ListSeasonsQuery(), cancellationToken)).Any(s => s.Name == SeasonName))
        {
            return Error.Conflict("sample_exists", $"A season named {SeasonName} exists already: the sample is loaded only into a database without it.");
        }

        var season = await Send(services, new CreateSeasonCommand(SeasonName, new DateOnly(2027, 1, 1), FestivalName: "Riverside Music Festival (sample)"), cancellationToken);
        if (!season.Succeeded)
        {
            return Result<string>.Failed(season.Errors);
        }

        var summary = new List<string> { $"Created season {SeasonName}." };
        foreach (var (kind, file) in new[] { (ImportKind.Syllabus, "syllabus.csv"), (ImportKind.Entries, "entries.csv") })
        {
            var plan = await Send(services, new ImportFileCommand(kind, await File.ReadAllBytesAsync(Path.Combine(Folder, file), cancellationToken), file, SeasonName), cancellationToken);
            if (!plan.Succeeded)
            {
                return Result<string>.Failed(plan.Errors);
            }

            summary.Add($"{file}: {string.Join("; ", plan.Value.Counts.Where(c => c.Created + c.Updated > 0).Select(c => $"{c.Records} {c.Created} created"))}; {plan.Value.RejectedRows.Count} row(s) rejected (planted mistakes), {plan.Value.Warnings} warning(s).");
        }

        return Result<string>.Success(string.Join(Environment.NewLine, summary));
    }

    private static async Task<T> Send<T>(IServiceProvider services, IRequest<T> request, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
