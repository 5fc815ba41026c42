using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Campaign;

/// <summary>The campaign: a class's design sent in (image re-encoded, no metadata), published by the leader with a mail,
/// adopted by a partner; the van sticker's QR code, decoded by zbar from the PNG and from the SVG rendered by librsvg,
/// leads to /q/{code}, which redirects and counts the scan per day without a cookie.</summary>
public sealed class CampaignTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task A_class_sends_in_a_design_the_leader_publishes_it_and_a_partner_adopts_it()
    {
        var teacher = await fixture.TeacherAsync();
        int classId;
        await using (var db = fixture.CreateDbContext())
        {
            var c = new SchoolClass { SchoolId = teacher.SchoolId, Name = $"groep 7 {Guid.NewGuid():N}"[..14], Level = EducationLevel.Po, Year = 7, CreatedAt = fixture.Clock.GetUtcNow() };
            db.SchoolClasses.Add(c);
            await db.SaveChangesAsync();
            classId = c.Id;
        }

        var client = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var slogan = $"Wij bouwen de stad {Guid.NewGuid():N}"[..26];
        var fields = new Dictionary<string, string>
        {
            ["Input.ClassId"] = classId.ToString(CultureInfo.InvariantCulture), ["Input.Slogan"] = slogan, ["Input.Theme"] = nameof(Theme.Energie),
        };
        var refused = (await client.PostFormAsync("/campagne/insturen", fields, "ontwerp",
            new Dictionary<string, UploadFile> { ["Input.Image"] = new("ontwerp.jpg", "geen plaatje"u8.ToArray()) })).Html;
        Assert.Contains(SiteText.Of<Web.Infrastructure.Images.ImageText>("ImageWrongFormat"), System.Net.WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains(slogan, refused, StringComparison.Ordinal);

        var sent = (await client.PostFormAsync("/campagne/insturen", fields, "ontwerp",
            new Dictionary<string, UploadFile> { ["Input.Image"] = new("ontwerp.jpg", TestImages.PhoneJpeg(400, 300)) })).Html;
        Assert.Contains($"Het ontwerp “{slogan}” is ingestuurd.", sent, StringComparison.Ordinal);
        CampaignDesign design;
        await using (var db = fixture.CreateDbContext())
        {
            design = await db.CampaignDesigns.SingleAsync(d => d.Slogan == slogan);
        }

        Assert.Equal(DesignState.Submitted, design.State);
        Assert.DoesNotContain(TestImages.GpsMarker, Encoding.Latin1.GetString(design.Image), StringComparison.Ordinal);
        // not public until published
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateClient().GetAsync($"/campagne/ontwerpen/{design.Id}/afbeelding")).StatusCode);

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var noReason = (await leader.PostFormAsync("/beheer/campagne", new Dictionary<string, string> { ["Reason"] = "" }, $"afwijzen-{design.Id}")).Html;
        Assert.Contains("Schrijf waarom het ontwerp niet in de galerij komt", noReason, StringComparison.Ordinal);
        var published = (await leader.PostFormAsync("/beheer/campagne", new Dictionary<string, string>(), $"publiceren-{design.Id}")).Html;
        Assert.Contains($"“{slogan}” staat in de galerij", published, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.OutboxEmails.AnyAsync(m => m.ToAddress == SelfServiceWorld.Teacher && m.Subject == "Jullie ontwerp staat in de galerij"));
        }

        var gallery = await fixture.Factory.CreateClient().GetStringAsync("/campagne");
        Assert.Contains(slogan, gallery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateClient().GetAsync($"/campagne/ontwerpen/{design.Id}/afbeelding")).StatusCode);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        int partnerA, partnerB;
        await using (var db = fixture.CreateDbContext())
        {
            partnerA = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
            partnerB = await db.Partners.Where(p => p.Slug == "partner-b").Select(p => p.Id).SingleAsync();
        }

        var notTheirs = (await editor.PostFormAsync("/partner/campagne", new Dictionary<string, string> { ["PartnerId"] = partnerB.ToString(CultureInfo.InvariantCulture) }, $"kiezen-{design.Id}")).Html;
        Assert.Contains("Kies een partner waarvoor je mag werken.", notTheirs, StringComparison.Ordinal);
        var adopted = (await editor.PostFormAsync("/partner/campagne", new Dictionary<string, string> { ["PartnerId"] = partnerA.ToString(CultureInfo.InvariantCulture) }, $"kiezen-{design.Id}")).Html;
        Assert.Contains($"Jullie busjes rijden met “{slogan}”.", adopted, StringComparison.Ordinal);

        var school = await fixture.Factory.CreateClient().GetStringAsync($"/scholen/{teacher.SchoolId}");
        Assert.Contains($"“{slogan}”", school, StringComparison.Ordinal);
        Assert.Contains("0 keer gescand", school, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_qr_code_redirects_to_the_partner_and_counts_each_scan_by_day_without_a_cookie()
    {
        var van = await VanAsync();
        var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync($"/q/{van.Code}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/partners/partner-a", response.Headers.Location?.ToString());
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        // parallel scans add up
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/q/{van.Code}")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/q/onbekend")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var day = Assert.Single(await db.QrScanDays.Where(s => s.VanDesignId == van.Id).ToListAsync());
        Assert.Equal((AmsterdamTime.Today(fixture.Clock), 13), (day.Day, day.Scans));

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        Assert.Contains("<td>13</td>", await editor.GetStringAsync("/partner/campagne"), StringComparison.Ordinal);
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        Assert.Contains("<td>13</td>", await leader.GetStringAsync("/beheer/campagne"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sticker_svg_and_png_carry_a_qr_code_that_decodes_to_the_vans_address()
    {
        var van = await VanAsync();
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var site = (Microsoft.Extensions.Options.IOptions<Web.Infrastructure.SiteOptions>)fixture.Factory.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<Web.Infrastructure.SiteOptions>))!;
        var expected = $"{site.Value.BaseUrl.TrimEnd('/')}/q/{van.Code}";

        var png = await editor.GetAsync($"/partner/campagne/{van.Id}/sticker.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var pngPath = Path.Combine(Path.GetTempPath(), $"sticker-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(pngPath, await png.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected, await DecodeAsync(pngPath));

        var svg = await editor.GetAsync($"/partner/campagne/{van.Id}/sticker.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var svgPath = Path.Combine(Path.GetTempPath(), $"sticker-{Guid.NewGuid():N}.svg");
        await File.WriteAllBytesAsync(svgPath, await svg.Content.ReadAsByteArrayAsync());
        var rendered = svgPath + ".png";
        await RunAsync("/usr/bin/rsvg-convert", "-w", "1500", "-o", rendered, svgPath);
        Assert.Equal(expected, await DecodeAsync(rendered));

        // only the partner's own editors (and the leader) get its sticker
        var other = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partner/campagne/{van.Id}/sticker.svg")).StatusCode);
        foreach (var path in new[] { pngPath, svgPath, rendered })
        {
            File.Delete(path);
        }
    }

    private async Task<VanDesign> VanAsync()
    {
        var teacher = await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        var c = new SchoolClass { SchoolId = teacher.SchoolId, Name = $"groep 8 {Guid.NewGuid():N}"[..14], Level = EducationLevel.Po, Year = 8, CreatedAt = fixture.Clock.GetUtcNow() };
        var image = Web.Infrastructure.Images.ImageProcessor.Process(TestImages.Encode(400, 300, SkiaSharp.SKEncodedImageFormat.Png), 1600).Image!;
        var design = new CampaignDesign
        {
            Class = c, SchoolId = teacher.SchoolId, Slogan = "Stroom maak je samen", Theme = Theme.Energie, ContentType = image.ContentType, Image = image.Bytes,
            Width = image.Width, Height = image.Height, State = DesignState.Published, SubmittedAt = fixture.Clock.GetUtcNow(),
        };
        var partnerA = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        var van = new VanDesign { Design = design, PartnerId = partnerA, Code = Guid.NewGuid().ToString("N")[..8], AdoptedAt = fixture.Clock.GetUtcNow() };
        db.VanDesigns.Add(van);
        await db.SaveChangesAsync();
        return van;
    }

    private static async Task<string> DecodeAsync(string path) =>
        (await RunAsync("/usr/bin/zbarimg", "--quiet", "--raw", path)).Trim();

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output;
    }
}
