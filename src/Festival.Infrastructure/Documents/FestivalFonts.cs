using PdfSharp.Fonts;

namespace Festival.Infrastructure.Documents;

/// <summary>
/// The fonts every PDF Festival writes uses: DejaVu Sans, regular and bold, shipped inside this assembly so that a server
/// without fonts (a container, a minimal Linux) writes the same PDFs as a desktop. Any family asked for resolves to it.
/// </summary>
internal sealed class FestivalFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    /// <summary>PDFsharp keeps one resolver per process and refuses a change once fonts were used: set it once, first.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not FestivalFonts)
            {
                GlobalFontSettings.FontResolver = new FestivalFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(FestivalFonts).Assembly.GetManifestResourceStream($"Festival.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
