using QRCoder;

namespace Festival.Web.Accounts;

/// <summary>
/// A QR code drawn on the server as a PNG data URI: no external service sees the authenticator key, and the page's
/// Content-Security-Policy (<c>img-src 'self' data:</c>) needs no exception.
/// </summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
