using System.Text;
using Festival.Application.Imports;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Festival.Infrastructure.Tests.Imports;

public sealed class PdfSyllabusTests
{
    /// <summary>A syllabus laid out the way festivals print one: title, column headings, classes, a wrapped description, page numbers.</summary>
    private static byte[] Syllabus()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var first = builder.AddPage(PageSize.A4);
        first.AddText("Spring Music Festival 2027 - Syllabus", 16, new PdfPoint(50, 790), bold);
        first.AddText("PIANO", 12, new PdfPoint(50, 750), bold);
        Row(first, font, 730, "Class", "Description", "Fee");
        Row(first, font, 710, "2105", "Piano Solo, Grade 5, Baroque", "25.00");
        Row(first, font, 690, "2105A", "Piano Solo, Grade 5, Romantic", "$25");
        Row(first, font, 670, "2150", "Piano Duet, Grade 8 - one piano, four hands,", "35.00");
        first.AddText("own choice of two contrasting pieces", 10, new PdfPoint(100, 656), font);
        first.AddText("Entries close January 15 - see the website", 9, new PdfPoint(100, 40), font);

        var second = builder.AddPage(PageSize.A4);
        second.AddText("STRINGS", 12, new PdfPoint(50, 790), bold);
        Row(second, font, 770, "3010", "Violin Solo, 8 years and under", "20.00");
        second.AddText("Page 2", 9, new PdfPoint(280, 40), font);
        return builder.Build();
    }

    private static void Row(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double y, string code, string description, string fee)
    {
        page.AddText(code, 10, new PdfPoint(50, y), font);
        page.AddText(description, 10, new PdfPoint(100, y), font);
        page.AddText(fee, 10, new PdfPoint(480, y), font);
    }

    [Test]
    public async Task Lines_with_a_class_number_a_description_and_a_fee_become_Class_Name_Fee_rows_with_their_page_and_line()
    {
        var table = (await ImportFiles.Read(Syllabus(), "syllabus.pdf")).Value;

        Assert.That(table.Format, Is.EqualTo(ImportFormat.Pdf));
        Assert.That(table.Headers, Is.EqualTo(new[] { "Class", "Name", "Fee" }));
        Assert.That(ImportFiles.Cells(table), Is.EqualTo(new[]
        {
            new[] { "2105", "Piano Solo, Grade 5, Baroque", "25.00" },
            new[] { "2105A", "Piano Solo, Grade 5, Romantic", "$25" },
            new[] { "2150", "Piano Duet, Grade 8 - one piano, four hands, own choice of two contrasting pieces", "35.00" },
            new[] { "3010", "Violin Solo, 8 years and under", "20.00" },
        }));
        Assert.That(table.Rows[0].Location, Is.EqualTo("page 1, line 4"));
        Assert.That(table.Rows[3].Location, Is.EqualTo("page 2, line 2"));
    }

    [Test]
    public async Task A_pdf_without_a_syllabus_table_is_refused_with_what_a_class_line_needs()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddText("Dear parents, the festival starts in March.", 12, new PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));

        var result = await ImportFiles.Read(builder.Build(), "letter.pdf");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_pdf_no_table"));
    }

    [Test]
    public async Task A_damaged_pdf_is_refused_as_unreadable()
    {
        var result = await ImportFiles.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage"), "syllabus.pdf");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("import_unreadable"));
    }
}
