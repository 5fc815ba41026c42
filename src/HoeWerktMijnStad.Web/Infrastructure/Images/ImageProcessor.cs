using SkiaSharp;

namespace HoeWerktMijnStad.Web.Infrastructure.Images;

public sealed record ProcessedImage(byte[] Bytes, string ContentType, int Width, int Height);

public sealed record ImageUploadResult(ProcessedImage? Image, string? Error);

/// <summary>Turns an upload into a safe image: checked by its content, decoded, turned upright, scaled down
/// and encoded anew as WebP. Re-encoding drops every byte that is not a pixel: EXIF (with the GPS position
/// of a phone photo), comments and anything hidden after the image.</summary>
public static class ImageProcessor
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const int PhotoMaxSide = 1600;
    public const int LogoMaxSide = 512;
    private const long MaxPixels = 50_000_000;

    public static async Task<ImageUploadResult> ProcessAsync(IFormFile? file, int maxSide, CancellationToken cancellationToken = default)
    {
        if (file is null || file.Length == 0)
        {
            return Refused("Kies een afbeelding om te uploaden.");
        }

        if (file.Length > MaxUploadBytes)
        {
            return Refused($"Dit bestand is {file.Length / 1024.0 / 1024.0:0.0} MB; een afbeelding mag hoogstens 5 MB zijn. Verklein de foto en probeer het opnieuw.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, cancellationToken);
        }

        return Process(buffer.ToArray(), maxSide);
    }

    public static ImageUploadResult Process(byte[] bytes, int maxSide)
    {
        if (bytes.Length > MaxUploadBytes)
        {
            return Refused("Een afbeelding mag hoogstens 5 MB zijn.");
        }

        var format = ImageFormats.Sniff(bytes);
        if (format == UploadedFormat.Unknown)
        {
            return Refused("Dit bestand is geen JPEG-, PNG- of WebP-afbeelding, ook al heet het misschien zo. Kies een foto of logo in een van die drie vormen.");
        }

        if (!ImageFormats.IsOnlyAnImage(bytes, format))
        {
            return Refused("Dit bestand bevat naast de afbeelding nog iets anders (code of een tweede bestand) en wordt daarom geweigerd. Open de afbeelding in een fotoprogramma, sla haar opnieuw op en upload die versie.");
        }

        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return Refused("Deze afbeelding is beschadigd of onvolledig en kan niet worden gelezen.");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return Refused("Deze afbeelding heeft te veel pixels (meer dan 50 megapixel). Verklein haar en probeer het opnieuw.");
        }

        using var decoded = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null)
        {
            return Refused("Deze afbeelding is beschadigd of onvolledig en kan niet worden gelezen.");
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var scaled = ScaleDown(upright, maxSide);
        using var image = SKImage.FromBitmap(scaled);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, 82);
        return new ImageUploadResult(new ProcessedImage(encoded.ToArray(), "image/webp", scaled.Width, scaled.Height), null);
    }

    private static ImageUploadResult Refused(string reason) => new(null, reason);

    /// <summary>Phones store photos sideways with an EXIF note to turn them; the note goes, so the turn is made here.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        var (w, h) = (bitmap.Width, bitmap.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var source = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(source, 0, 0, SKSamplingOptions.Default);
        return result;
    }

    private static SKBitmap ScaleDown(SKBitmap bitmap, int maxSide)
    {
        var longest = Math.Max(bitmap.Width, bitmap.Height);
        if (longest <= maxSide)
        {
            return bitmap.Copy();
        }

        var scale = (double)maxSide / longest;
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)), bitmap.ColorType, bitmap.AlphaType);
        return bitmap.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
    }
}
