using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Family.Videos;

namespace HoeWerktMijnStad.UnitTests.Family;

/// <summary>Which uploads the site hosts as a family video: decided by the bytes, whatever the name says.</summary>
public sealed class VideoFilesTests
{
    private static byte[] Padded(byte[] start, int length = 64)
    {
        var bytes = new byte[length];
        start.CopyTo(bytes, 0);
        return bytes;
    }

    [Fact]
    public void A_webm_file_is_hosted_as_webm()
    {
        var check = VideoFiles.Check(Padded([0x1A, 0x45, 0xDF, 0xA3]));

        Assert.Null(check.Error);
        Assert.Equal("video/webm", check.ContentType);
    }

    [Fact]
    public void An_mp4_file_is_recognised_by_its_ftyp_box()
    {
        var check = VideoFiles.Check(Padded([0x00, 0x00, 0x00, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m']));

        Assert.Null(check.Error);
        Assert.Equal("video/mp4", check.ContentType);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' })]
    [InlineData(new byte[] { (byte)'<', (byte)'h', (byte)'t', (byte)'m', (byte)'l' })]
    public void Anything_else_is_refused_with_what_to_do(byte[] start)
    {
        var check = VideoFiles.Check(Padded(start));

        Assert.Null(check.Bytes);
        Assert.StartsWith("Dit bestand is geen WebM- of MP4-video", SiteText.Say<ContentText>(check.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_alone_is_not_a_video()
    {
        Assert.NotNull(VideoFiles.Check([0x1A, 0x45, 0xDF, 0xA3]).Error);
    }

    [Fact]
    public void A_file_above_the_limit_is_refused_with_its_size()
    {
        var check = VideoFiles.Check(Padded([0x1A, 0x45, 0xDF, 0xA3], FamilyVideoFile.MaxBytes + 1));

        Assert.Null(check.Bytes);
        Assert.Contains("40,0 MB; een video mag hoogstens 40 MB zijn", SiteText.Say<ContentText>(check.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_changes_with_the_content()
    {
        var first = VideoFiles.HashOf(Padded([1]));
        var second = VideoFiles.HashOf(Padded([2]));

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
        Assert.Equal(first, VideoFiles.HashOf(Padded([1])));
    }

    [Theory]
    [InlineData(45, "45 seconden")]
    [InlineData(89, "89 seconden")]
    [InlineData(150, "ongeveer 2 minuten")]
    [InlineData(600, "ongeveer 10 minuten")]
    public void The_duration_reads_as_a_parent_would_say_it(int seconds, string expected)
    {
        Assert.Equal(expected, VideoFiles.Duration(seconds));
    }
}
