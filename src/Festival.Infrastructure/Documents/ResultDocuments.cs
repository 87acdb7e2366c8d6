using Festival.Application.Results.Documents;
using Festival.Domain.Results;

namespace Festival.Infrastructure.Documents;

/// <summary>
/// The comment sheet and the certificate of one entry. Whatever the adjudicator typed, markup included, is drawn as the
/// characters typed (the layout never interprets text).
/// </summary>
internal sealed class ResultDocuments : IResultDocuments
{
    public byte[] CommentSheet(ResultSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var line = sheet.Line;
        using var layout = new PdfLayout($"{sheet.FestivalName} comment sheet, class {line.ClassCode}");
        layout.Heading(sheet.FestivalName)
            .Text($"Comment sheet, season {sheet.SeasonName}", bold: true)
            .Space()
            .Text($"Class {line.ClassCode} {line.ClassName}")
            .Text($"Performers: {line.PerformerNames}");
        if (line.Teacher is not null)
        {
            layout.Text($"Teacher: {line.Teacher}");
        }

        if (line.Pieces.Count > 0)
        {
            layout.Space().Table([new PdfColumn("Piece", 65), new PdfColumn("Composer", 35)], [.. line.Pieces.Select(p => (IReadOnlyList<string>)[p.Title, p.Composer])]);
        }

        layout.Space();
        if (line.Appearance == Appearance.Scratched)
        {
            layout.Text("Did not perform.", bold: true);
        }
        else
        {
            layout.Text($"Mark: {line.Mark ?? "none"}{(sheet.Band is null ? string.Empty : $" ({sheet.Band})")}", bold: true);
            if (line.Placement is { } placement)
            {
                layout.Text($"Placement: {placement.Label()}", bold: true);
            }

            if (line.Recommendation is not null)
            {
                layout.Text($"Recommended for: {line.Recommendation}");
            }

            layout.Space().Text("Adjudicator's comments", bold: true).Text(line.Comments ?? string.Empty);
        }

        return layout.Space(24).Text($"Adjudicator: {sheet.Adjudicator ?? "not recorded"}").ToBytes();
    }

    public byte[] Certificate(ResultSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var line = sheet.Line;
        var award = line.Placement is { } placement ? placement.Label() : sheet.Band ?? line.Mark ?? string.Empty;
        using var layout = new PdfLayout($"{sheet.FestivalName} certificate, class {line.ClassCode}");
        return layout.Space(120).Heading(sheet.FestivalName)
            .Text($"Season {sheet.SeasonName}")
            .Space(40).Heading("Certificate")
            .Space(16).Text("awarded to")
            .Heading(line.PerformerNames)
            .Space(16).Text($"Class {line.ClassCode} {line.ClassName}")
            .Text(award, bold: true)
            .Space(60).Text($"Adjudicator: {sheet.Adjudicator ?? "not recorded"}")
            .ToBytes();
    }
}
