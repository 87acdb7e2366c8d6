using MediatR;
using Festival.Application.Common;
using Festival.Application.Seasons;
using Festival.Application.Syllabus.Browse;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Syllabus;

/// <summary>One indexed query per page: filters and paging in SQL, only the listed columns read.</summary>
internal sealed class SearchSyllabusHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<SearchSyllabusQuery, Result<SyllabusPage>>
{
    public async Task<Result<SyllabusPage>> Handle(SearchSyllabusQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<SyllabusPage>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var classes = db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId);
        var text = request.Text?.Trim() ?? string.Empty;
        if (ClassNumber(text) is { } number)
        {
            var suffix = text[number.Digits..].Trim().ToUpperInvariant();
            classes = suffix.Length == 0 ? classes.Where(c => c.Number == number.Value) : classes.Where(c => c.Number == number.Value && c.Suffix == suffix);
        }
        else
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
            {
                var pattern = $"%{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
                classes = classes.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Discipline, pattern, "\\") || EF.Functions.Like(c.Level, pattern, "\\"));
            }
        }

        if (request.ClassId is { } classId)
        {
            classes = classes.Where(c => c.Id == classId);
        }

        if (!string.IsNullOrWhiteSpace(request.Discipline))
        {
            classes = classes.Where(c => c.Discipline == request.Discipline);
        }

        if (!string.IsNullOrWhiteSpace(request.Level))
        {
            classes = classes.Where(c => c.Level == request.Level);
        }

        if (request.PerformerCount is { } count)
        {
            var types = Enum.GetValues<ClassType>().Where(t => t.PerformerCount() == count).ToList();
            classes = classes.Where(c => types.Contains(c.Type));
        }

        if (request.ForGroups)
        {
            var types = Enum.GetValues<ClassType>().Where(t => t.TakesGroup()).ToList();
            classes = classes.Where(c => types.Contains(c.Type));
        }

        if (request.Ages is { Count: > 0 } ages)
        {
            var youngest = ages.Min();
            var oldest = ages.Max();
            classes = classes.Where(c => (c.MinAge == null || c.MinAge <= youngest) && (c.MaxAge == null || c.MaxAge >= oldest));
        }

        var size = Math.Clamp(request.PageSize, 1, SearchSyllabusQuery.MaxPageSize);
        var total = await classes.CountAsync(cancellationToken);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await classes.OrderBy(c => c.Number).ThenBy(c => c.Suffix)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new { c.Id, c.Number, c.Suffix, c.Name, c.Discipline, c.Level, c.Type, c.FeeCents, c.MinAge, c.MaxAge, c.MaxPerformanceSeconds })
            .ToListAsync(cancellationToken);
        var all = db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId);
        var disciplines = await all.Where(c => c.Discipline != "").Select(c => c.Discipline).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        var levels = await all.Where(c => c.Level != "").Select(c => c.Level).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var listings = rows.Select(c => new ClassListing(
            c.Id, $"{c.Number}{c.Suffix}", c.Name, c.Discipline, c.Level, c.Type.ToString(), c.FeeCents, c.MinAge, c.MaxAge, c.MaxPerformanceSeconds)).ToList();
        return Result<SyllabusPage>.Success(new SyllabusPage(season.Value.Name, new PagedList<ClassListing>(listings, page, size, total), disciplines, levels));
    }

    /// <summary>A class number as typed (<c>2105</c>, <c>2105A</c>): its value and how many digits it took.</summary>
    private static (int Value, int Digits)? ClassNumber(string text)
    {
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 9 && text.Length - digits <= Domain.Syllabus.FestivalClass.MaxSuffixLength && text[digits..].All(char.IsAsciiLetter)
            ? (int.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture), digits)
            : null;
    }
}
