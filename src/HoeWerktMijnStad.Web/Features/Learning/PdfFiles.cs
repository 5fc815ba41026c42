using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>The PDF, or why it was refused (a code of ContentText; the caller names the field).</summary>
public sealed record PdfCheck(byte[]? Bytes, FieldError? Error);

/// <summary>Decides whether an upload is a PDF by its bytes, never by its name or the type the browser claims:
/// it must start with "%PDF-" and end with the "%%EOF" marker (a PDF may carry a few bytes of padding after it).</summary>
public static class PdfFiles
{
    public const string ContentType = "application/pdf";

    private static readonly byte[] Start = "%PDF-"u8.ToArray();
    private static readonly byte[] End = "%%EOF"u8.ToArray();

    public static async Task<PdfCheck> ReadAsync(IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (file is null || file.Length == 0)
        {
            return new PdfCheck(null, FieldError.Form("PdfMissing"));
        }

        if (file.Length > LessonAttachment.MaxBytes)
        {
            return new PdfCheck(null, TooBig(file.Length));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, cancellationToken);
        }

        return Check(buffer.ToArray());
    }

    public static PdfCheck Check(byte[] bytes)
    {
        if (bytes.Length > LessonAttachment.MaxBytes)
        {
            return new PdfCheck(null, TooBig(bytes.Length));
        }

        if (!bytes.AsSpan().StartsWith(Start))
        {
            return new PdfCheck(null, FieldError.Form("PdfNotPdf"));
        }

        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        if (tail.LastIndexOf(End) < 0)
        {
            return new PdfCheck(null, FieldError.Form("PdfIncomplete"));
        }

        return new PdfCheck(bytes, null);
    }

    /// <summary>A download name that no browser or file system can misread: "Lesbrief Warmtepomp (v2).PDF"
    /// becomes "lesbrief-warmtepomp-v2.pdf"; a name with nothing usable becomes "{fallback}.pdf".</summary>
    public static string SafeFileName(string? uploadedName, string fallback)
    {
        var name = Path.GetFileName((uploadedName ?? "").Replace('\\', '/'));
        if (name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        var slug = Slugs.From(name);
        if (slug.Length == 0)
        {
            slug = Slugs.From(fallback);
        }

        return (slug.Length == 0 ? "bijlage" : slug.Length > 100 ? slug[..100].TrimEnd('-') : slug) + ".pdf";
    }

    public static string Size(int bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} kB"
        : (bytes / 1024.0 / 1024.0).ToString("0.0", Dates.Dutch) + " MB";

    private static FieldError TooBig(long length) =>
        FieldError.Form("PdfTooBig", length / 1024.0 / 1024.0, LessonAttachment.MaxBytes / 1024 / 1024);
}
