using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Festival.Infrastructure.Documents;

/// <summary>A table column: its header, its share of the page's width, and whether its cells align right (amounts).</summary>
internal sealed record PdfColumn(string Header, double Width, bool AlignRight = false);

/// <summary>
/// Writes a simple A4 document top to bottom: headings, wrapped paragraphs and tables whose rows wrap and break across
/// pages (the header row repeats). Enough for invoices, comment sheets, certificates and programme pages; anything the
/// user typed is drawn as text, never interpreted.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double Margin = 50;
    private const double CellPadding = 3;

    private readonly PdfDocument _document = new();
    private readonly XFont _text;
    private readonly XFont _bold;
    private readonly XFont _heading;
    private readonly XFont _subheading;
    private XGraphics _graphics = null!;
    private double _y;

    public PdfLayout(string title)
    {
        FestivalFonts.Register();
        _document.Info.Title = title;
        _text = new XFont(FestivalFonts.Family, 10, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        _bold = new XFont(FestivalFonts.Family, 10, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        _heading = new XFont(FestivalFonts.Family, 16, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        _subheading = new XFont(FestivalFonts.Family, 12, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        NewPage();
    }

    private double Width => _graphics.PageSize.Width - 2 * Margin;

    private double Bottom => _graphics.PageSize.Height - Margin;

    public PdfLayout Heading(string text) => Paragraph(text, _heading);

    public PdfLayout Subheading(string text) => Paragraph(text, _subheading);

    public PdfLayout Text(string text, bool bold = false) => Paragraph(text, bold ? _bold : _text);

    /// <summary>The height <see cref="Text"/> would take (<paramref name="subheading"/>: as <see cref="Subheading"/>), to keep blocks together.</summary>
    public double TextHeight(string text, bool bold = false, bool subheading = false)
    {
        var font = subheading ? _subheading : bold ? _bold : _text;
        return Wrap(text ?? string.Empty, font, Width).Count * LineHeight(font);
    }

    /// <summary>The height <see cref="Table"/> would take on one page: the header, the rows and the space after.</summary>
    public double TableHeight(IReadOnlyList<PdfColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Widths(columns);
        return RowHeight(widths, [.. columns.Select(c => c.Header)], _bold) + rows.Sum(r => RowHeight(widths, r, _text)) + 8;
    }

    /// <summary>Starts a new page, unless nothing was drawn on this one yet.</summary>
    public PdfLayout PageBreak()
    {
        if (_y > Margin)
        {
            NewPage();
        }

        return this;
    }

    /// <summary>Starts a new page when a block of <paramref name="height"/> does not fit on this one but would fit on an empty one.</summary>
    public PdfLayout KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > Margin && height <= Bottom - Margin)
        {
            NewPage();
        }

        return this;
    }

    /// <summary>Ruled lines to write on by hand, <paramref name="spacing"/> apart, down to the foot of the page.</summary>
    public PdfLayout RuledToBottom(double spacing = 22)
    {
        while (_y + spacing <= Bottom)
        {
            _y += spacing;
            _graphics.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        }

        return this;
    }

    public PdfLayout Space(double points = 8)
    {
        _y += points;
        return this;
    }

    /// <summary>A table; rows in <paramref name="boldRows"/> (indexes) are set in bold, e.g. totals.</summary>
    public PdfLayout Table(IReadOnlyList<PdfColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int>? boldRows = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Widths(columns);
        Row(columns, widths, [.. columns.Select(c => c.Header)], _bold, header: true);
        for (var i = 0; i < rows.Count; i++)
        {
            if (Row(columns, widths, rows[i], boldRows?.Contains(i) == true ? _bold : _text, header: false))
            {
                Row(columns, widths, [.. columns.Select(c => c.Header)], _bold, header: true);
                Row(columns, widths, rows[i], boldRows?.Contains(i) == true ? _bold : _text, header: false);
            }
        }

        return Space();
    }

    public byte[] ToBytes()
    {
        // The page's content is complete only once its graphics are disposed.
        _graphics.Dispose();
        using var output = new MemoryStream();
        _document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private PdfLayout Paragraph(string text, XFont font)
    {
        var height = LineHeight(font);
        foreach (var line in Wrap(text ?? string.Empty, font, Width))
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }

            _graphics.DrawString(line, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            _y += height;
        }

        return this;
    }

    private double[] Widths(IReadOnlyList<PdfColumn> columns)
    {
        var total = columns.Sum(c => c.Width);
        return [.. columns.Select(c => c.Width / total * Width)];
    }

    private double RowHeight(double[] widths, IReadOnlyList<string> cells, XFont font) =>
        widths.Select((w, i) => Wrap(i < cells.Count ? cells[i] ?? string.Empty : string.Empty, font, w - 2 * CellPadding).Count).Max() * LineHeight(font) + 2 * CellPadding;

    /// <summary>Draws one row; when it does not fit on the page, starts a new page and returns true without drawing.</summary>
    private bool Row(IReadOnlyList<PdfColumn> columns, double[] widths, IReadOnlyList<string> cells, XFont font, bool header)
    {
        var lines = widths.Select((w, i) => Wrap(i < cells.Count ? cells[i] ?? string.Empty : string.Empty, font, w - 2 * CellPadding)).ToArray();
        var height = lines.Max(l => l.Count) * LineHeight(font) + 2 * CellPadding;
        if (_y + height > Bottom && !header)
        {
            NewPage();
            return true;
        }

        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var y = _y + CellPadding;
            foreach (var line in lines[i])
            {
                var left = columns[i].AlignRight ? x + widths[i] - CellPadding - _graphics.MeasureString(line, font).Width : x + CellPadding;
                _graphics.DrawString(line, font, XBrushes.Black, left, y, XStringFormats.TopLeft);
                y += LineHeight(font);
            }

            x += widths[i];
        }

        _y += height;
        _graphics.DrawLine(header ? XPens.Black : XPens.LightGray, Margin, _y, Margin + Width, _y);
        return false;
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>: at spaces, and inside a word only when it alone is too wide.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (_graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && _graphics.MeasureString(line, font).Width > width)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && _graphics.MeasureString(line[..fits], font).Width > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static double LineHeight(XFont font) => font.Size * 1.3;

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }
}
