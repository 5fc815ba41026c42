using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Content;
using System.Text;
using HoeWerktMijnStad.Web.Features.Learning;

namespace HoeWerktMijnStad.UnitTests.Learning;

public sealed class PdfFilesTests
{
    private static byte[] Pdf(string body = "1 0 obj << >> endobj") => Encoding.ASCII.GetBytes($"%PDF-1.7\n{body}\ntrailer << >>\n%%EOF\n");

    [Fact]
    public void A_pdf_passes() => Assert.Null(PdfFiles.Check(Pdf()).Error);

    [Fact]
    public void A_picture_named_pdf_does_not() =>
        Assert.Contains("geen PDF", SiteText.Say<ContentText>(PdfFiles.Check([0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0, 0xFF, 0xD9]).Error), StringComparison.Ordinal);

    [Fact]
    public void A_web_page_that_mentions_pdf_later_does_not() =>
        Assert.NotNull(PdfFiles.Check(Encoding.ASCII.GetBytes("<html><script>alert(1)</script>%PDF-1.4 %%EOF</html>")).Error);

    [Fact]
    public void A_pdf_cut_off_before_its_end_does_not() =>
        Assert.Contains("onvolledig", SiteText.Say<ContentText>(PdfFiles.Check(Pdf()[..20]).Error), StringComparison.Ordinal);

    [Fact]
    public void A_pdf_above_the_limit_does_not() =>
        Assert.Contains("hoogstens 10 MB", SiteText.Say<ContentText>(PdfFiles.Check([.. Pdf(), .. new byte[10 * 1024 * 1024]]).Error), StringComparison.Ordinal);

    [Theory]
    [InlineData("Lesbrief Warmtepomp (v2).PDF", "lesbrief-warmtepomp-v2.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\juf\\Bureaublad\\Les één.pdf", "les-een.pdf")]
    [InlineData("\"><script>.pdf", "script.pdf")]
    [InlineData("....pdf", "warmte-in-huis.pdf")]
    [InlineData(null, "warmte-in-huis.pdf")]
    public void The_download_name_is_safe_whatever_the_upload_was_called(string? uploaded, string expected) =>
        Assert.Equal(expected, PdfFiles.SafeFileName(uploaded, "warmte-in-huis"));
}
