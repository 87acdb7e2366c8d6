using System.CommandLine;
using System.Globalization;
using Festival.Application.Seasons.Create;
using Festival.Application.Seasons.List;
using Festival.Application.Seasons.Use;

namespace Festival.Web.Cli;

/// <summary><c>season create|list|use</c>: the festival years.</summary>
public sealed partial class FestivalCli
{
    private Command SeasonCommand()
    {
        var name = new Argument<string>("name") { Description = "The season's name, such as 2027." };
        var ageDate = new Option<string?>("--age-date") { Description = "The date ages are counted on (YYYY-MM-DD). Default: 1 January of the season's year." };
        var copyFrom = new Option<string?>("--copy-syllabus-from") { Description = "Copy the syllabus (every class) of this season." };
        var create = new Command("create", "Start a season; it becomes the current one.") { name, ageDate, copyFrom };
        create.SetAction((parse, ct) => Run(async () =>
        {
            DateOnly? day = null;
            if (parse.GetValue(ageDate) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await console.Error.WriteLineAsync($"error: --age-date '{text}' is not a date written YYYY-MM-DD.");
                    return 1;
                }

                day = parsed;
            }

            var result = await Send(new CreateSeasonCommand(parse.GetValue(name)!, day, parse.GetValue(copyFrom)), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            var started = result.Value;
            await console.Out.WriteLineAsync(started.CopiedFrom is null
                ? $"Created season {started.Name}; it is the current season."
                : $"Created season {started.Name} with {started.ClassesCopied} class(es) copied from {started.CopiedFrom}; it is the current season.");
            return 0;
        }));

        var list = new Command("list", "List seasons, newest first; * marks the current one.");
        list.SetAction((_, ct) => Run(async () =>
        {
            foreach (var season in await Send(new ListSeasonsQuery(), ct))
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(season.IsCurrent ? "*" : " ")} {season.Name}\tages on {season.AgeDate:yyyy-MM-dd}\t{season.Classes} class(es)\t{season.Entries} entr{(season.Entries == 1 ? "y" : "ies")}"));
            }

            return 0;
        }));

        var useName = new Argument<string>("name") { Description = "The season's name." };
        var use = new Command("use", "Make a season the current one.") { useName };
        use.SetAction((parse, ct) => Run(async () =>
        {
            var result = await Send(new UseSeasonCommand(parse.GetValue(useName)!), ct);
            if (!result.Succeeded)
            {
                return Refuse(result);
            }

            await console.Out.WriteLineAsync($"Season {parse.GetValue(useName)!.Trim()} is now the current season.");
            return 0;
        }));

        return new Command("season", "Festival seasons: one per festival year.") { create, list, use };
    }
}
