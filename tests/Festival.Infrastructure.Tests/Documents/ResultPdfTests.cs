using Festival.Application.Entries;
using Festival.Application.Results;
using Festival.Application.Results.Documents;
using Festival.Domain.Results;
using Festival.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Festival.Infrastructure.Tests.Documents;

/// <summary>Comment sheets and certificates read back with PdfPig: what the family must see is in the text, markup shown as typed.</summary>
public sealed class ResultPdfTests
{
    private static readonly ResultLine Line = new(
        12, 7, "2105A", "Piano Solo, Grade 5", "Piano", "Grade 5", [1, 2], ["Zoë Ōtake", "Ben <b>Lee</b>"],
        [new PieceLine("Sonatina in C", "Clementi", 120), new PieceLine("Minuet", "Bach", 90)], 9, "Tess Teacher", null, null,
        "91", 91, "Poised <b>and</b> clear.\nWatch the <script>alert(1)</script> tempo.", "Provincials", Placement.Second, Appearance.Performed, true);

    private static readonly ResultSheet Sheet = new("Riverside <Music> Festival", "2027", Line, "Jo Judge", "Gold", true);

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Test]
    public void The_comment_sheet_names_festival_class_performers_pieces_comments_as_typed_mark_placement_and_adjudicator()
    {
        var text = TextOf(new ResultDocuments().CommentSheet(Sheet));

        Assert.That(text, Does.Contain("Riverside <Music> Festival").And.Contain("2027").And.Contain("2105A Piano Solo, Grade 5"));
        Assert.That(text, Does.Contain("Zoë Ōtake, Ben <b>Lee</b>").And.Contain("Sonatina in C").And.Contain("Clementi").And.Contain("Minuet"));
        Assert.That(text, Does.Contain("Poised <b>and</b> clear.").And.Contain("Watch the <script>alert(1)</script> tempo."));
        Assert.That(text, Does.Contain("Mark: 91 (Gold)").And.Contain("Placement: 2nd").And.Contain("Recommended for: Provincials").And.Contain("Adjudicator: Jo Judge"));
    }

    [Test]
    public void The_certificate_names_festival_season_class_performers_placement_and_adjudicator_and_a_band_when_unplaced()
    {
        var placed = TextOf(new ResultDocuments().Certificate(Sheet));
        var banded = TextOf(new ResultDocuments().Certificate(Sheet with { Line = Line with { Placement = null } }));

        Assert.That(placed, Does.Contain("Riverside <Music> Festival").And.Contain("Season 2027").And.Contain("Certificate")
            .And.Contain("Zoë Ōtake, Ben <b>Lee</b>").And.Contain("Class 2105A Piano Solo, Grade 5").And.Contain("2nd").And.Contain("Adjudicator: Jo Judge"));
        Assert.That(placed, Does.Not.Contain("Poised"), "a certificate carries no comments");
        Assert.That(banded, Does.Contain("Gold").And.Not.Contain("2nd"));
    }

    [Test]
    public void Long_comments_flow_onto_more_pages_and_keep_every_word()
    {
        var comments = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"Remark {i:D3} on phrasing."));

        var pdf = new ResultDocuments().CommentSheet(Sheet with { Line = Line with { Comments = comments } });

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.GreaterThan(1));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.That(Enumerable.Range(1, 120).Where(i => !text.Contains($"Remark {i:D3}", StringComparison.Ordinal)), Is.Empty);
    }
}
