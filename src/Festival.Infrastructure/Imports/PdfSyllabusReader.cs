using System.Text.RegularExpressions;
using Festival.Application.Imports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Festival.Infrastructure.Imports;

/// <summary>
/// Reads a syllabus published as a PDF: on each page, words are grouped into lines by their position, and a line that
/// starts with a class number (<c>2105</c>, <c>2105A</c>) and ends with a fee (<c>25.00</c>, <c>$25</c>) is a class, its
/// description the words between. A line without either, starting where the descriptions start right below a class, continues it;
/// anything else (headings, page numbers, notes) is left out. The table has the syllabus layout's Class, Name and Fee
/// columns, and each row says where it was found ("page 2, line 14").
/// </summary>
internal sealed partial class PdfSyllabusReader(ImportOptions options)
{
    public static readonly IReadOnlyList<string> Headers = ["Class", "Name", "Fee"];

    public Result<ImportTable> Read(ArraySegment<byte> content, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            var rows = new List<ImportRow>();
            foreach (var page in document.GetPages())
            {
                var lines = Lines(page);
                ClassLine? last = null;
                for (var i = 0; i < lines.Count; i++)
                {
                    var words = lines[i];
                    if (AsClass(words) is { } found)
                    {
                        if (rows.Count == options.MaxRows)
                        {
                            return ImportErrors.TooManyRows(fileName, options.MaxRows);
                        }

                        last = found;
                        rows.Add(new ImportRow(rows.Count + 2, [found.Code, found.Name, found.Fee], $"page {page.Number}, line {i + 1}"));
                    }
                    else if (last is not null && Continues(last, words))
                    {
                        var previous = rows[^1];
                        last = last with { Name = $"{last.Name} {Join(words)}", Bottom = words[0].BoundingBox.Bottom };
                        rows[^1] = previous with { Cells = [last.Code, last.Name, last.Fee] };
                    }
                    else
                    {
                        last = null;
                    }
                }
            }

            return rows.Count == 0 ? ImportErrors.NoTableInPdf(fileName) : Result<ImportTable>.Success(new ImportTable(ImportFormat.Pdf, Headers, rows));
        }
        // PdfPig throws many exception types for damaged, encrypted or hostile files; each means "unreadable".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ImportErrors.Unreadable(fileName, "the PDF is damaged, encrypted or holds no text.");
        }
    }

    private sealed record ClassLine(string Code, string Name, string Fee, double NameLeft, double Bottom, double Height);

    /// <summary>A wrapped description: right below the class (within two lines), starting where its description starts.</summary>
    private static bool Continues(ClassLine last, List<Word> words) =>
        Math.Abs(words[0].BoundingBox.Left - last.NameLeft) <= 6
        && last.Bottom - words[0].BoundingBox.Bottom <= 2.5 * last.Height
        && !IsFee(words[^1].Text);

    private static ClassLine? AsClass(List<Word> words)
    {
        if (words.Count < 3 || !ClassCodeShape().IsMatch(words[0].Text) || !IsFee(words[^1].Text))
        {
            return null;
        }

        var name = words.Skip(1).Take(words.Count - 2).ToList();
        return new ClassLine(words[0].Text, Join(name), words[^1].Text, name[0].BoundingBox.Left, words[0].BoundingBox.Bottom,
            Math.Max(words.Max(w => w.BoundingBox.Height), 1));
    }

    private static string Join(IEnumerable<Word> words) => string.Join(' ', words.Select(w => w.Text));

    private static bool IsFee(string text) => FeeShape().IsMatch(text);

    /// <summary>The page's words in reading order, grouped into lines: words whose baselines are within half a line of each other.</summary>
    private static List<List<Word>> Lines(Page page)
    {
        var lines = new List<List<Word>>();
        foreach (var word in page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(2, line[0].BoundingBox.Height / 2))
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return lines;
    }

    [GeneratedRegex(@"^\d{1,6}[A-Za-z]{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassCodeShape();

    [GeneratedRegex(@"^\$?\d{1,7}(?:\.\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FeeShape();
}
