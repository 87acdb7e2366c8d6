using Festival.Application.Imports.Values;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Entries;

/// <summary>
/// What makes an entry acceptable, the same for a basket item and for its submission: the class takes this many
/// performers, each once, each of an age the class allows on the season's age date, and 1–5 pieces whose timed length fits
/// the class. Pure: every rule is tested in isolation.
/// </summary>
public static class EntryRules
{
    /// <param name="asGroup">The entry is a group's (<paramref name="performers"/> are its performing members), not named people's.</param>
    public static IReadOnlyList<Error> Check(
        Season season, FestivalClass festivalClass, IReadOnlyList<Person> performers, IReadOnlyList<(string Title, string Composer, int Seconds)> pieces, bool asGroup = false)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(festivalClass);
        ArgumentNullException.ThrowIfNull(performers);
        ArgumentNullException.ThrowIfNull(pieces);
        var errors = new List<Error>();
        var code = festivalClass.Code;
        if (asGroup)
        {
            if (!festivalClass.Type.TakesGroup())
            {
                errors.Add(Error.Validation("ClassId", "class_takes_people",
                    $"Class {code} is a {festivalClass.Type.ToString().ToLowerInvariant()} for named performers, not for a group."));
            }

            if (performers.Count == 0)
            {
                errors.Add(Error.Validation("GroupId", "group_without_performers", "The group has no performers: add its members first."));
            }
        }
        else if (festivalClass.Type.TakesGroup())
        {
            errors.Add(Error.Validation("ClassId", "class_takes_group", $"Class {code} is for groups (choirs, bands, ensembles): enter one of your groups instead."));
        }
        else if (festivalClass.Type.PerformerCount() is { } count && performers.Count != count)
        {
            errors.Add(Error.Validation("PersonIds", "performer_count",
                $"Class {code} is a {festivalClass.Type.ToString().ToLowerInvariant()} for {count} performer{(count == 1 ? "" : "s")}; you chose {performers.Count}."));
        }

        if (performers.Select(p => p.Id).Distinct().Count() != performers.Count)
        {
            errors.Add(Error.Validation("PersonIds", "performer_twice", "The same person is named twice in one entry."));
        }

        foreach (var person in performers.DistinctBy(p => p.Id))
        {
            if (festivalClass.MinAge is null && festivalClass.MaxAge is null)
            {
                continue;
            }

            if (person.BirthDate is not { } born)
            {
                errors.Add(Error.Validation("PersonIds", "birth_date_missing", $"Class {code} has age limits: add {person.Name}'s date of birth first."));
            }
            else if (festivalClass.AgeProblem(season.AgeOn(born)) is { } problem)
            {
                errors.Add(Error.Validation("PersonIds", "age_outside_class", $"{person.Name} {problem}."));
            }
        }

        if (pieces.Count is 0 or > Entry.MaxPieces)
        {
            errors.Add(Error.Validation("Pieces", "piece_count", $"An entry performs 1 to {Entry.MaxPieces} pieces; this one has {pieces.Count}."));
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var (title, composer, seconds) = pieces[i];
            if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > Domain.Repertoire.Piece.MaxTitleLength)
            {
                errors.Add(Error.Validation($"Pieces[{i}].Title", "title_required", $"Piece {i + 1}: enter the title (at most {Domain.Repertoire.Piece.MaxTitleLength} characters)."));
            }

            if (string.IsNullOrWhiteSpace(composer) || composer.Trim().Length > Domain.Repertoire.Piece.MaxComposerLength)
            {
                errors.Add(Error.Validation($"Pieces[{i}].Composer", "composer_required", $"Piece {i + 1}: enter the composer (at most {Domain.Repertoire.Piece.MaxComposerLength} characters)."));
            }

            if (seconds is <= 0 or > Durations.MaxSeconds)
            {
                errors.Add(Error.Validation($"Pieces[{i}].Duration", "duration_out_of_range", $"Piece {i + 1}: a duration is longer than zero and at most an hour."));
            }
        }

        var total = pieces.Sum(p => p.Seconds);
        if (festivalClass.MaxPerformanceSeconds is { } max && total > max)
        {
            errors.Add(Error.Validation("Pieces", "too_long",
                $"The repertoire lasts {Clock(total)}; class {code} allows at most {Clock(max)}."));
        }

        return errors;
    }

    /// <summary>Reads each piece's typed duration; the errors name the piece.</summary>
    public static (IReadOnlyList<(string Title, string Composer, int Seconds)> Pieces, IReadOnlyList<Error> Errors) ParsePieces(IReadOnlyList<PieceDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var pieces = new List<(string, string, int)>();
        var errors = new List<Error>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var parsed = Durations.ParseSeconds(drafts[i].Duration, $"Pieces[{i}].Duration");
            if (!parsed.Succeeded)
            {
                errors.AddRange(parsed.Errors.Select(e => e with { Message = $"Piece {i + 1}: {e.Message}" }));
            }

            pieces.Add((drafts[i].Title ?? string.Empty, drafts[i].Composer ?? string.Empty, parsed.Succeeded ? parsed.Value : 0));
        }

        return (pieces, errors);
    }

    public static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:D2}";
}
