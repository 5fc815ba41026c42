using System.Buffers.Binary;
using System.Text;

namespace HoeWerktMijnStad.Web.Infrastructure.Images;

public enum UploadedFormat
{
    Unknown,
    Jpeg,
    Png,
    WebP,
}

/// <summary>What an uploaded file is, by its bytes and never by its name; and whether it is only that.
/// A polyglot (an image that is also a script, a web page or an archive) is refused rather than cleaned.</summary>
public static class ImageFormats
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    // markup and code that a browser or server could be tricked into running from an "image"
    private static readonly byte[][] ForeignMarkers = [.. new[] { "<script", "<html", "<?php", "<svg", "<iframe", "<body", "<!doctype", "<%@", "<?xml-stylesheet" }
        .Select(Encoding.ASCII.GetBytes)];

    public static UploadedFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return UploadedFormat.Jpeg;
        }

        if (bytes.StartsWith(PngSignature))
        {
            return UploadedFormat.Png;
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return UploadedFormat.WebP;
        }

        return UploadedFormat.Unknown;
    }

    /// <summary>True when the file ends where the image ends and carries no markup or code inside.</summary>
    public static bool IsOnlyAnImage(ReadOnlySpan<byte> bytes, UploadedFormat format) =>
        EndsWhereImageEnds(bytes, format) && !ContainsForeignMarker(bytes);

    private static bool EndsWhereImageEnds(ReadOnlySpan<byte> bytes, UploadedFormat format)
    {
        switch (format)
        {
            case UploadedFormat.Jpeg:
                // some encoders pad with zeros after the end-of-image marker; anything else is a second file
                var end = bytes.TrimEnd((byte)0);
                return end.Length >= 4 && end[^2] == 0xFF && end[^1] == 0xD9;
            case UploadedFormat.Png:
                return bytes.EndsWith(PngEnd);
            case UploadedFormat.WebP:
                var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..8]);
                return riffSize + 8L == bytes.Length || (riffSize % 2 == 1 && riffSize + 9L == bytes.Length);
            default:
                return false;
        }
    }

    private static bool ContainsForeignMarker(ReadOnlySpan<byte> bytes)
    {
        foreach (var marker in ForeignMarkers)
        {
            if (IndexOfIgnoreCase(bytes, marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        var first = lowerNeedle[0];
        for (var i = haystack.IndexOf(first); i >= 0 && i <= haystack.Length - lowerNeedle.Length;)
        {
            var candidate = haystack.Slice(i, lowerNeedle.Length);
            var match = true;
            for (var j = 1; j < lowerNeedle.Length && match; j++)
            {
                match = (candidate[j] | 0x20) == lowerNeedle[j] || candidate[j] == lowerNeedle[j];
            }

            if (match)
            {
                return i;
            }

            var next = haystack[(i + 1)..].IndexOf(first);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }
}
