using Festival.Application.Invoices;
using Festival.Application.Seasons;
using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Documents;

/// <summary>What a comment sheet and a certificate print: one entry's result, its festival and season, the adjudicator and the mark's band.</summary>
public sealed record ResultSheet(string FestivalName, string SeasonName, ResultLine Line, string? Adjudicator, string? Band, bool EarnsCertificate);

public enum ResultDocumentKind
{
    CommentSheet,
    Certificate,
}

/// <summary>Writes comment sheets and certificates as PDF files.</summary>
public interface IResultDocuments
{
    byte[] CommentSheet(ResultSheet sheet);

    byte[] Certificate(ResultSheet sheet);
}

public static class ResultFiles
{
    /// <summary>
    /// Whether the entry earns a certificate: placed, or marked at or above the configured band (a band of a numeric scale,
    /// or a descriptor of a descriptive one). A season whose scale has no such band awards certificates for placements only.
    /// </summary>
    public static bool EarnsCertificate(ResultLine line, MarkScale scale, string? band)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(scale);
        if (line.Appearance == Appearance.Scratched)
        {
            return false;
        }

        if (line.Placement is not null)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(band) || line.MarkValue is not { } value)
        {
            return false;
        }

        return scale.IsNumeric ? scale.Reaches(value, band) : scale.Read(band) is { Succeeded: true } least && value >= least.Value.Value;
    }

    /// <summary>The sheets of <paramref name="entryIds"/> (those of the season that exist), in entry order.</summary>
    public static async Task<IReadOnlyList<ResultSheet>> SheetsAsync(
        IResults results, IAdjudication adjudication, ISeasons seasons, IOptions<ResultsOptions> options, int seasonId, IReadOnlyCollection<int> entryIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(adjudication);
        ArgumentNullException.ThrowIfNull(seasons);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(entryIds);
        if (await seasons.FindAsync(seasonId, cancellationToken) is not { } season)
        {
            return [];
        }

        var settings = await results.SettingsAsync(options, seasonId, cancellationToken);
        // Only these entries: an email is sent per family, so reading the whole season for each would grow with season × families.
        var lines = await results.EntryLinesAsync(seasonId, entryIds, cancellationToken);
        var adjudicators = await adjudication.AdjudicatorNamesAsync([.. lines.Select(l => l.ClassId).Distinct()], cancellationToken);
        return [.. lines.Select(l => new ResultSheet(season.FestivalName, season.Name, l, adjudicators.GetValueOrDefault(l.ClassId),
            l.MarkValue is { } value ? settings.Scale.BandOf(value) : null, EarnsCertificate(l, settings.Scale, settings.CertificateBand)))];
    }

    /// <summary>The entry's files: its comment sheet, and its certificate when it earns one.</summary>
    public static IReadOnlyList<DocumentFile> Files(ResultSheet sheet, IResultDocuments documents)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var files = new List<DocumentFile> { File(sheet, ResultDocumentKind.CommentSheet, documents) };
        if (sheet.EarnsCertificate)
        {
            files.Add(File(sheet, ResultDocumentKind.Certificate, documents));
        }

        return files;
    }

    /// <summary>One file, named by class and entry: <c>comment-sheet-2105A-12.pdf</c>, <c>certificate-2105A-12.pdf</c>.</summary>
    public static DocumentFile File(ResultSheet sheet, ResultDocumentKind kind, IResultDocuments documents)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(documents);
        var code = new string(sheet.Line.ClassCode.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return kind == ResultDocumentKind.Certificate
            ? new DocumentFile(documents.Certificate(sheet), InvoiceFiles.PdfContentType, $"certificate-{code}-{sheet.Line.EntryId}.pdf")
            : new DocumentFile(documents.CommentSheet(sheet), InvoiceFiles.PdfContentType, $"comment-sheet-{code}-{sheet.Line.EntryId}.pdf");
    }
}
