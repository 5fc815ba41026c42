using System.Net;
using System.Text;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>Uploads through the images page as a browser sends them (multipart), into the real database.
/// Shares the editors and partners that <see cref="SelfServiceWorld"/> sets up.</summary>
public sealed class ImageUploadTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private const string Page = "/partner/afbeeldingen?partner=partner-a";

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> SignedInAsync(string email = "editor-a@partner.example.nl") => fixture.SignedInAsync(email);

    private static Task<(HttpResponseMessage Response, string Html)> UploadPhotoAsync(HttpClient client, byte[] bytes, string altText, string fileName = "foto.jpg", string partner = "partner-a") =>
        client.PostFormAsync(Page, new Dictionary<string, string> { ["Photo.PartnerSlug"] = partner, ["Photo.AltText"] = altText }, "foto",
            new Dictionary<string, UploadFile> { ["Photo.File"] = new(fileName, bytes) });

    private async Task<int> PhotoCountAsync(string altText)
    {
        await using var db = fixture.CreateDbContext();
        return await db.PartnerImages.CountAsync(i => i.AltText == altText);
    }

    [Fact]
    public async Task A_phone_photo_is_stored_without_its_gps_position_and_shown_on_the_public_page()
    {
        var client = await SignedInAsync();

        var (response, html) = await UploadPhotoAsync(client, TestImages.PhoneJpeg(60, 30), "Leerlingen bij de warmtepomp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De foto staat op je pagina.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var stored = await db.PartnerImages.SingleAsync(i => i.AltText == "Leerlingen bij de warmtepomp");
        var publicPage = await fixture.Factory.CreateClient().GetStringAsync("/partners/partner-a");
        Assert.Contains($"src=\"{stored.Url}\" alt=\"Leerlingen bij de warmtepomp\"", publicPage, StringComparison.Ordinal);

        var served = await fixture.Factory.CreateClient().GetAsync(stored.Url);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.GpsMarker)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        Assert.Equal((30, 60), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_and_the_description_is_kept()
    {
        var client = await SignedInAsync();

        var (_, html) = await UploadPhotoAsync(client, TestImages.WindowsExecutable(), "Programma in vermomming", "vakantie.jpg");

        Assert.Contains("geen JPEG-, PNG- of WebP-afbeelding", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Programma in vermomming\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync("Programma in vermomming"));
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        var client = await SignedInAsync();
        var big = TestImages.Encode(64, 64, SKEncodedImageFormat.Jpeg).Concat(new byte[6 * 1024 * 1024]).ToArray();

        var (_, html) = await UploadPhotoAsync(client, big, "Veel te groot");

        Assert.Contains("hoogstens 5 MB", html, StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync("Veel te groot"));
    }

    [Fact]
    public async Task A_polyglot_is_refused()
    {
        var client = await SignedInAsync();

        var (_, zip) = await UploadPhotoAsync(client, TestImages.JpegZipPolyglot(), "Foto met archief");
        var (_, script) = await UploadPhotoAsync(client, TestImages.JpegWithScriptComment(), "Foto met script");

        Assert.Contains("nog iets anders", zip, StringComparison.Ordinal);
        Assert.Contains("nog iets anders", script, StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync("Foto met archief") + await PhotoCountAsync("Foto met script"));
    }

    [Fact]
    public async Task A_photo_needs_a_description()
    {
        var client = await SignedInAsync();

        var (_, html) = await UploadPhotoAsync(client, TestImages.Encode(40, 40, SKEncodedImageFormat.Png), "  ", "zonder.png");

        Assert.Contains("Beschrijf wat er op de foto te zien is", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logo_shows_on_the_public_page_and_completes_the_dashboard_check()
    {
        var client = await SignedInAsync();

        var (_, html) = await client.PostFormAsync(Page, new Dictionary<string, string> { ["Logo.PartnerSlug"] = "partner-a", ["Logo.Action"] = "save" }, "logo",
            new Dictionary<string, UploadFile> { ["Logo.File"] = new("logo.png", TestImages.Encode(800, 400, SKEncodedImageFormat.Png), "image/png") });

        Assert.Contains("Het nieuwe logo staat op je pagina.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var partnerA = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var logo = await db.PartnerImages.SingleAsync(i => i.IsLogo && i.PartnerId == partnerA.Id);
        Assert.Equal((512, 256), (logo.Width, logo.Height));
        var publicPage = await fixture.Factory.CreateClient().GetStringAsync("/partners/partner-a");
        Assert.Contains($"src=\"{logo.Url}\"", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("een logo", await client.GetStringAsync("/partner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_partners_editor_cannot_upload_here()
    {
        var client = await SignedInAsync("editor-b@partner.example.nl");

        var (response, _) = await UploadPhotoAsync(client, TestImages.Encode(40, 40, SKEncodedImageFormat.Png), "Ingebroken foto", "b.png");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await PhotoCountAsync("Ingebroken foto"));
    }

    [Fact]
    public async Task An_editor_removes_a_photo_and_a_photo_already_gone_is_said_so()
    {
        var client = await SignedInAsync();
        await UploadPhotoAsync(client, TestImages.Encode(50, 40, SKEncodedImageFormat.Png), "Foto om weg te halen", "weg.png");
        await using var db = fixture.CreateDbContext();
        var id = (await db.PartnerImages.SingleAsync(i => i.AltText == "Foto om weg te halen")).Id;
        var removal = new Dictionary<string, string> { ["RemovePhoto.PartnerSlug"] = "partner-a", ["RemovePhoto.Id"] = id.ToString() };

        var (_, removed) = await client.PostFormAsync(Page, removal, "foto-weg");
        var (again, gone) = await client.PostFormAsync(Page, removal, "foto-weg");

        Assert.Contains("De foto is verwijderd.", removed, StringComparison.Ordinal);
        Assert.Equal(0, await PhotoCountAsync("Foto om weg te halen"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Deze foto bestaat niet meer", gone, StringComparison.Ordinal);
    }
}
