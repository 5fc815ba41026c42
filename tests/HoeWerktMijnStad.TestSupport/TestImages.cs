using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>Files for the upload tests: real images, and the dangerous look-alikes an upload must refuse.</summary>
public static class TestImages
{
    /// <summary>The GPS position a phone writes into a photo; it must not survive an upload.</summary>
    public const string GpsMarker = "HWMS-GPS-52.3676N-4.9041E";

    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color ?? SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(0, 0, width / 2f, height / 4f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG as a phone writes it: an EXIF block with "turn 90° clockwise" and a GPS position
    /// (its latitude and longitude references plus a description holding <see cref="GpsMarker"/>).</summary>
    public static byte[] PhoneJpeg(int width, int height)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = ExifTiff();
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A valid JPEG with a ZIP archive stuck on its end: opens as a picture and as an archive.</summary>
    public static byte[] JpegZipPolyglot() =>
        [.. Encode(32, 32, SKEncodedImageFormat.Jpeg), .. "PK\u0003\u0004"u8, .. Encoding.ASCII.GetBytes("payload.sh#!/bin/sh\nrm -rf /\n"), .. "PK\u0005\u0006"u8, .. new byte[18]];

    /// <summary>A valid JPEG whose comment segment holds a script: a browser sniffing it as HTML would run it.</summary>
    public static byte[] JpegWithScriptComment()
    {
        var jpeg = Encode(32, 32, SKEncodedImageFormat.Jpeg);
        var comment = Encoding.ASCII.GetBytes("<script>alert(document.cookie)</script>");
        var segment = new byte[4 + comment.Length];
        segment[0] = 0xFF;
        segment[1] = 0xFE;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + comment.Length));
        comment.CopyTo(segment.AsSpan(4));
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>The start of a Windows program, renamed to photo.jpg.</summary>
    public static byte[] WindowsExecutable() =>
        [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. new byte[48], .. "This program cannot be run in DOS mode."u8];

    private static byte[] ExifTiff()
    {
        // little-endian TIFF: IFD0 { Orientation = 6, GPS IFD pointer }, GPS IFD { LatitudeRef "N", LongitudeRef "E", MapDatum text }
        var marker = Encoding.ASCII.GetBytes(GpsMarker + "\0");
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(BitConverter.GetBytes((ushort)v));
        void U32(int v) => tiff.AddRange(BitConverter.GetBytes((uint)v));
        void Entry(int tag, int type, int count, int value) { U16(tag); U16(type); U32(count); U32(value); }

        tiff.AddRange("II*\0"u8.ToArray());
        U32(8);
        const int ifd0 = 8;
        const int gpsIfd = ifd0 + 2 + (2 * 12) + 4;
        const int gpsEntries = 3;
        const int markerOffset = gpsIfd + 2 + (gpsEntries * 12) + 4;
        U16(2);
        Entry(0x0112, 3, 1, 6);
        Entry(0x8825, 4, 1, gpsIfd);
        U32(0);
        U16(gpsEntries);
        Entry(0x0001, 2, 2, 'N');
        Entry(0x0003, 2, 2, 'E');
        Entry(0x0012, 2, marker.Length, markerOffset);
        U32(0);
        tiff.AddRange(marker);
        return [.. tiff];
    }
}
