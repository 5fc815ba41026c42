using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using SkiaSharp;

namespace HoeWerktMijnStad.Web.Infrastructure.Images;

public sealed record ProcessedImage(byte[] Bytes, string ContentType, int Width, int Height);

/// <summary>The safe image, or why the upload was refused: a reason in <see cref="ImageText"/>'s words, for the form's
/// file field (a feature names its own field with <c>Error with { Field = ... }</c>).</summary>
public sealed record ImageUploadResult(ProcessedImage? Image, FieldError? Error);

/// <summary>Turns an upload into a safe image: checked by its content, decoded, turned upright, scaled down
/// and encoded anew as WebP. Re-encoding drops every byte that is not a pixel: EXIF (with the GPS position
/// of a phone photo), comments and anything hidden after the image.</summary>
public static class ImageProcessor
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const int PhotoMaxSide = 1600;
    public const int LogoMaxSide = 512;
    private const long MaxPixels = 50_000_000;

    // a decoded photo takes up to 200 MB before scaling; two at a time keep a small server safe
    private static readonly SemaphoreSlim DecodeGate = new(2);

    public static async Task<ImageUploadResult> ProcessAsync(IFormFile? file, int maxSide, CancellationToken cancellationToken = default)
    {
        if (file is null || file.Length == 0)
        {
            return Refused("ImageMissing");
        }

        if (file.Length > MaxUploadBytes)
        {
            return Refused("ImageTooBig", file.Length / 1024.0 / 1024.0);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, cancellationToken);
        }

        await DecodeGate.WaitAsync(cancellationToken);
        try
        {
            return Process(buffer.ToArray(), maxSide);
        }
        finally
        {
            DecodeGate.Release();
        }
    }

    public static ImageUploadResult Process(byte[] bytes, int maxSide)
    {
        if (bytes.Length > MaxUploadBytes)
        {
            return Refused("ImageOverLimit");
        }

        var format = ImageFormats.Sniff(bytes);
        if (format == UploadedFormat.Unknown)
        {
            return Refused("ImageWrongFormat");
        }

        if (!ImageFormats.IsOnlyAnImage(bytes, format))
        {
            return Refused("ImageHiddenContent");
        }

        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return Refused("ImageDamaged");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return Refused("ImageTooManyPixels");
        }

        // JPEG and WebP can decode at a fraction of their size: far less memory for a big photo
        var longest = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = codec.GetScaledDimensions(longest > maxSide * 2 ? (float)maxSide * 2 / longest : 1f);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return Refused("ImageDamaged");
        }

        using var scaled = ScaleDown(decoded, maxSide);
        using var upright = Upright(scaled ?? decoded, codec.EncodedOrigin);
        var final = upright ?? scaled ?? decoded;
        using var image = SKImage.FromBitmap(final);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, 82);
        return new ImageUploadResult(new ProcessedImage(encoded.ToArray(), "image/webp", final.Width, final.Height), null);
    }

    private static ImageUploadResult Refused(string code, params object[] arguments) => new(null, new FieldError("File", code, arguments) { Source = typeof(ImageText) });

    /// <summary>Phones store photos sideways with an EXIF note to turn them; the note goes, so the turn is made
    /// here. Null when the picture is upright already.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
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

    /// <summary>Null when the picture is small enough already.</summary>
    private static SKBitmap? ScaleDown(SKBitmap bitmap, int maxSide)
    {
        var longest = Math.Max(bitmap.Width, bitmap.Height);
        if (longest <= maxSide)
        {
            return null;
        }

        var scale = (double)maxSide / longest;
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)), bitmap.ColorType, bitmap.AlphaType);
        return bitmap.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
    }
}
