using System.Text;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using SkiaSharp;

namespace HoeWerktMijnStad.UnitTests.Images;

public sealed class ImageProcessorTests
{
    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void A_jpeg_png_or_webp_is_accepted_and_stored_as_webp(SKEncodedImageFormat format)
    {
        var result = ImageProcessor.Process(TestImages.Encode(120, 80, format), ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Error);
        Assert.Equal("image/webp", result.Image!.ContentType);
        Assert.Equal((120, 80), (result.Image.Width, result.Image.Height));
        using var codec = SKCodec.Create(new SKMemoryStream(result.Image.Bytes));
        Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
    }

    [Fact]
    public void A_phone_photo_loses_its_gps_position_and_is_turned_upright()
    {
        var photo = TestImages.PhoneJpeg(40, 20);
        Assert.True(Contains(photo, TestImages.GpsMarker), "the test photo must carry the GPS block");

        var result = ImageProcessor.Process(photo, ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Error);
        Assert.False(Contains(result.Image!.Bytes, TestImages.GpsMarker));
        Assert.False(Contains(result.Image.Bytes, "Exif"));
        // orientation 6 means "turn 90 degrees clockwise": a landscape sensor image becomes portrait
        Assert.Equal((20, 40), (result.Image.Width, result.Image.Height));
    }

    [Fact]
    public void A_large_photo_is_scaled_down_to_the_longest_side()
    {
        var result = ImageProcessor.Process(TestImages.Encode(3200, 1000, SKEncodedImageFormat.Jpeg), ImageProcessor.PhotoMaxSide);

        Assert.Equal((1600, 500), (result.Image!.Width, result.Image.Height));
    }

    [Fact]
    public void A_renamed_executable_is_refused_as_not_an_image()
    {
        var result = ImageProcessor.Process(TestImages.WindowsExecutable(), ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Image);
        Assert.Contains("geen JPEG-, PNG- of WebP-afbeelding", SiteText.Say<ImageText>(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpeg_with_an_archive_on_its_end_is_refused()
    {
        var result = ImageProcessor.Process(TestImages.JpegZipPolyglot(), ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Image);
        Assert.Contains("nog iets anders", SiteText.Say<ImageText>(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_jpeg_hiding_a_script_is_refused()
    {
        var result = ImageProcessor.Process(TestImages.JpegWithScriptComment(), ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Image);
        Assert.Contains("nog iets anders", SiteText.Say<ImageText>(result.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_with_data_after_its_end_is_refused()
    {
        var result = ImageProcessor.Process([.. TestImages.Encode(16, 16, SKEncodedImageFormat.Png), .. "<?php system($_GET['c']); ?>"u8], ImageProcessor.LogoMaxSide);

        Assert.Null(result.Image);
    }

    [Fact]
    public void A_truncated_image_is_refused_with_a_clear_reason()
    {
        var jpeg = TestImages.Encode(64, 64, SKEncodedImageFormat.Jpeg);
        var truncated = jpeg[..(jpeg.Length / 2)].Concat(new byte[] { 0xFF, 0xD9 }).ToArray();

        var result = ImageProcessor.Process(truncated, ImageProcessor.PhotoMaxSide);

        Assert.Null(result.Image);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void A_file_over_five_megabytes_is_refused()
    {
        var result = ImageProcessor.Process(new byte[(5 * 1024 * 1024) + 1], ImageProcessor.PhotoMaxSide);

        Assert.Contains("5 MB", SiteText.Say<ImageText>(result.Error), StringComparison.Ordinal);
    }
}
