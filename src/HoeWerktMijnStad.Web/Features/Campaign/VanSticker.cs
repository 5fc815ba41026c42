using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;
using SkiaSharp;

namespace HoeWerktMijnStad.Web.Features.Campaign;

/// <summary>What a van sticker shows: the class's design, its slogan, the partner's name and logo, and a QR code.</summary>
public sealed record StickerContent(byte[] Design, string DesignType, string Slogan, string Partner, byte[]? Logo, string? LogoType, string QrUrl);

/// <summary>The print-ready van sticker (1500 × 750 units, 2:1 as a van's side panel): an SVG for the printer, with the
/// images embedded, and a PNG of 3000 × 1500 pixels rendered on the server with SkiaSharp. The QR code is drawn from
/// QRCoder's module matrix in both, with its quiet zone, error correction Q (a sticker gets dirty).</summary>
public static class VanSticker
{
    public const int Width = 1500;
    public const int Height = 750;
    private const int QrSize = 330;
    private const int Margin = 40;

    public static string Svg(StickerContent content)
    {
        var modules = Modules(content.QrUrl);
        var cell = (double)QrSize / modules.Count;
        var qrX = Width - Margin - QrSize;
        var qrY = Height - Margin - QrSize;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" width="{Width}mm" height="{Height / 2}mm" role="img" aria-label="{Escape(content.Slogan)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="#ffffff"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<image href="data:{content.DesignType};base64,{Convert.ToBase64String(content.Design)}" x="0" y="0" width="{Width - QrSize - 2 * Margin}" height="{Height - 170}" preserveAspectRatio="xMidYMid slice"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="{Height - 170}" width="{Width}" height="170" fill="#0b3f75"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Margin}" y="{Height - 95}" font-family="Arial, Helvetica, sans-serif" font-size="64" font-weight="700" fill="#ffffff">{Escape(content.Slogan)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Margin}" y="{Height - 35}" font-family="Arial, Helvetica, sans-serif" font-size="34" fill="#ffffff">{Escape(content.Partner)} · Hoe Werkt Mijn Stad</text>""");
        if (content.Logo is { } logo)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<image href="data:{content.LogoType};base64,{Convert.ToBase64String(logo)}" x="{qrX}" y="{Margin}" width="{QrSize}" height="{QrSize - 60}" preserveAspectRatio="xMidYMid meet"/>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{qrX}" y="{qrY}" width="{QrSize}" height="{QrSize}" fill="#ffffff"/>""");
        var path = new StringBuilder();
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{qrX + column * cell:0.###},{qrY + row * cell:0.###}h{cell:0.###}v{cell:0.###}h-{cell:0.###}z");
                }
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<path d="{path}" fill="#000000" shape-rendering="crispEdges"/>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The same sticker as a PNG, <paramref name="scale"/> pixels per unit (2: 3000 × 1500 px).</summary>
    public static byte[] Png(StickerContent content, int scale = 2)
    {
        var modules = Modules(content.QrUrl);
        using var bitmap = new SKBitmap(Width * scale, Height * scale);
        using var canvas = new SKCanvas(bitmap);
        canvas.Scale(scale);
        canvas.Clear(SKColors.White);
        using (var design = SKBitmap.Decode(content.Design))
        {
            if (design is not null)
            {
                var box = new SKRect(0, 0, Width - QrSize - 2 * Margin, Height - 170);
                var fit = Math.Max(box.Width / design.Width, box.Height / design.Height);
                var (w, h) = (design.Width * fit, design.Height * fit);
                canvas.Save();
                canvas.ClipRect(box);
                using var image = SKImage.FromBitmap(design);
                canvas.DrawImage(image, SKRect.Create(box.MidX - w / 2, box.MidY - h / 2, w, h), new SKSamplingOptions(SKFilterMode.Linear));
                canvas.Restore();
            }
        }

        using var band = new SKPaint { Color = new SKColor(0x0b, 0x3f, 0x75) };
        canvas.DrawRect(0, Height - 170, Width, 170, band);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var bold = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold), 64);
        using var regular = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans"), 34);
        canvas.DrawText(content.Slogan, Margin, Height - 95, SKTextAlign.Left, bold, white);
        canvas.DrawText($"{content.Partner} · Hoe Werkt Mijn Stad", Margin, Height - 35, SKTextAlign.Left, regular, white);
        if (content.Logo is { } logoBytes)
        {
            using var logo = SKBitmap.Decode(logoBytes);
            if (logo is not null)
            {
                var fit = Math.Min((float)QrSize / logo.Width, (QrSize - 60f) / logo.Height);
                using var image = SKImage.FromBitmap(logo);
                canvas.DrawImage(image, SKRect.Create(Width - Margin - QrSize, Margin, logo.Width * fit, logo.Height * fit), new SKSamplingOptions(SKFilterMode.Linear));
            }
        }

        float cell = (float)QrSize / modules.Count;
        float qrX = Width - Margin - QrSize, qrY = Height - Margin - QrSize;
        canvas.DrawRect(qrX, qrY, QrSize, QrSize, new SKPaint { Color = SKColors.White });
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    canvas.DrawRect(qrX + column * cell, qrY + row * cell, cell, cell, black);
                }
            }
        }

        canvas.Flush();
        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static List<System.Collections.BitArray> Modules(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return data.ModuleMatrix;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
