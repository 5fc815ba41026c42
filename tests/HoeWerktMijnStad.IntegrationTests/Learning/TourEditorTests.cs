using System.Net;
using System.Text;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>The leader builds a virtual tour step by step; visitors walk through it and find the partner's activities.</summary>
public sealed class TourEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<(HttpClient Leader, int TourId)> TourAsync(string title)
    {
        var leader = await fixture.LeaderAsync();
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var (_, html) = await leader.PostFormAsync("/beheer/leren/rondleidingen/nieuw", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Slug"] = "", ["Input.Summary"] = "Kijk mee", ["Input.IntroMarkdown"] = "Welkom in de **werkplaats**.",
            ["Input.PartnerId"] = partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Action"] = "publiceren",
        }, "rondleiding");
        Assert.Contains("Voeg nu de stappen toe.", html, StringComparison.Ordinal);
        return (leader, await db.VirtualTours.Where(t => t.Title == title).Select(t => t.Id).SingleAsync());
    }

    private static Task<(HttpResponseMessage Response, string Html)> AddStepAsync(HttpClient leader, int tourId, string title, string media = "foto",
        UploadFile? photo = null, string alt = "", string video = "") =>
        leader.PostFormAsync($"/beheer/leren/rondleidingen/{tourId}/stappen/nieuw", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.TextMarkdown"] = $"Tekst bij {title}", ["Input.Media"] = media, ["Input.AltText"] = alt,
            ["Input.VideoUrl"] = video, ["Input.Action"] = "opslaan",
        }, "stap", photo is null ? new Dictionary<string, UploadFile>() : new Dictionary<string, UploadFile> { ["Input.File"] = photo });

    private static UploadFile Photo() => new("werkplaats.jpg", TestImages.PhoneJpeg(64, 32));

    private async Task<string> SlugAsync(int tourId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.VirtualTours.Where(t => t.Id == tourId).Select(t => t.Slug).SingleAsync();
    }

    [Fact]
    public async Task A_tour_with_a_photo_and_a_video_shows_its_steps_in_order_with_the_partners_activities()
    {
        var (leader, tourId) = await TourAsync("Rondleiding werkplaats");
        await using (var db = fixture.CreateDbContext())
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
            db.Activities.Add(new Activity { PartnerId = partner.Id, Title = "Bezoek aan de werkplaats", Type = ActivityType.CompanyVisit, Levels = [EducationLevel.Vmbo], MinGroupSize = 4, MaxGroupSize = 20, DurationMinutes = 90 });
            await db.SaveChangesAsync();
        }

        var (_, photoStep) = await AddStepAsync(leader, tourId, "De werkbank", photo: Photo(), alt: "Een werkbank vol gereedschap");
        var (_, videoStep) = await AddStepAsync(leader, tourId, "De monteur vertelt", media: "video", video: "https://youtu.be/dQw4w9WgXcQ?si=deel");

        Assert.Contains("Stap &#x27;De werkbank&#x27; is toegevoegd.", photoStep, StringComparison.Ordinal);
        Assert.Contains("Stap &#x27;De monteur vertelt&#x27; is toegevoegd.", videoStep, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        var steps = await check.TourSteps.Include(s => s.Image).Where(s => s.TourId == tourId).OrderBy(s => s.Position).ToListAsync();
        Assert.Equal(["De werkbank", "De monteur vertelt"], steps.Select(s => s.Title));
        Assert.Equal("image/webp", steps[0].Image!.ContentType);
        Assert.Equal(-1, steps[0].Image!.Bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.GpsMarker)));
        Assert.Equal("dQw4w9WgXcQ", steps[1].VideoId);

        var page = await fixture.Factory.CreateClient().GetStringAsync($"/leren/rondleidingen/{await SlugAsync(tourId)}");

        Assert.True(page.IndexOf("De werkbank", StringComparison.Ordinal) < page.IndexOf("De monteur vertelt", StringComparison.Ordinal));
        Assert.Contains($"src=\"/leren/afbeeldingen/{steps[0].ImageId:N}\" alt=\"Een werkbank vol gereedschap\"", page, StringComparison.Ordinal);
        Assert.Contains("Stap 2 van 2", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/partners/partner-a\"", page, StringComparison.Ordinal);
        Assert.Matches("href=\"/aanbod/\\d+\">Bezoek aan de werkplaats</a>", page);
        var image = await fixture.Factory.CreateClient().GetAsync($"/leren/afbeeldingen/{steps[0].ImageId:N}");
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_disguised_or_polyglot_photo_is_refused_and_what_was_typed_stays()
    {
        var (leader, tourId) = await TourAsync("Rondleiding met foute foto's");

        var (_, executable) = await AddStepAsync(leader, tourId, "Vermomd programma", photo: new("foto.jpg", TestImages.WindowsExecutable()), alt: "Iets");
        var (_, polyglot) = await AddStepAsync(leader, tourId, "Foto met archief", photo: new("foto.jpg", TestImages.JpegZipPolyglot()), alt: "Iets anders");
        var (_, noAlt) = await AddStepAsync(leader, tourId, "Foto zonder beschrijving", photo: new("foto.png", TestImages.Encode(30, 30, SKEncodedImageFormat.Png), "image/png"));

        Assert.Contains("geen JPEG-, PNG- of WebP-afbeelding", executable, StringComparison.Ordinal);
        Assert.Contains("value=\"Vermomd programma\"", executable, StringComparison.Ordinal);
        Assert.Contains("nog iets anders", polyglot, StringComparison.Ordinal);
        Assert.Contains("Beschrijf wat er op de foto te zien is", noAlt, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.TourSteps.AnyAsync(s => s.TourId == tourId));
    }

    [Fact]
    public async Task A_video_step_needs_a_youtube_link()
    {
        var (leader, tourId) = await TourAsync("Rondleiding met foute video");

        var (_, html) = await AddStepAsync(leader, tourId, "Video van elders", media: "video", video: "https://video.example/filmpje");

        Assert.Contains("Plak de link van een YouTube-video", html, StringComparison.Ordinal);
        Assert.Contains("value=\"https://video.example/filmpje\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_move_and_a_removed_step_takes_its_photo_along()
    {
        var (leader, tourId) = await TourAsync("Rondleiding om te ordenen");
        foreach (var title in new[] { "Eerste", "Tweede", "Derde" })
        {
            await AddStepAsync(leader, tourId, title, photo: Photo(), alt: $"Foto {title}");
        }

        await using var db = fixture.CreateDbContext();
        var ids = await db.TourSteps.Where(s => s.TourId == tourId).OrderBy(s => s.Position).Select(s => new { s.Id, s.ImageId }).ToListAsync();
        var page = $"/beheer/leren/rondleidingen/{tourId}";

        var (_, moved) = await leader.PostFormAsync(page, new Dictionary<string, string> { ["StepList.Move"] = $"omhoog:{ids[2].Id}" }, "stappen");
        var (_, removed) = await leader.PostFormAsync(page, new Dictionary<string, string> { ["StepList.Move"] = $"weg:{ids[0].Id}" }, "stappen");

        Assert.Contains("Stap &#x27;Derde&#x27; staat nu op plaats 2.", moved, StringComparison.Ordinal);
        Assert.Contains("Stap &#x27;Eerste&#x27; is verwijderd.", removed, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(["Derde", "Tweede"], await check.TourSteps.Where(s => s.TourId == tourId).OrderBy(s => s.Position).Select(s => s.Title).ToListAsync());
        Assert.Equal([0, 1], await check.TourSteps.Where(s => s.TourId == tourId).OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());
        Assert.False(await check.LearningImages.AnyAsync(i => i.Id == ids[0].ImageId));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateClient().GetAsync($"/leren/afbeeldingen/{ids[0].ImageId:N}")).StatusCode);
    }

    [Fact]
    public async Task A_double_clicked_step_delete_removes_the_step_once_and_never_fails()
    {
        var (leader, tourId) = await TourAsync("Rondleiding met dubbelklik");
        foreach (var title in new[] { "Blijft", "Gaat weg" })
        {
            await AddStepAsync(leader, tourId, title, photo: Photo(), alt: $"Foto {title}");
        }

        await using var db = fixture.CreateDbContext();
        var gone = await db.TourSteps.Where(s => s.TourId == tourId && s.Title == "Gaat weg").Select(s => s.Id).SingleAsync();
        var page = $"/beheer/leren/rondleidingen/{tourId}";
        var fields = new Dictionary<string, string> { ["StepList.Move"] = $"weg:{gone}" };

        // both clicks are sent before either is answered, as a browser does on a double click
        var answers = await Task.WhenAll(leader.PostFormAsync(page, fields, "stappen"), leader.PostFormAsync(page, fields, "stappen"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        Assert.All(answers, a => Assert.Matches("Stap &#x27;Gaat weg&#x27; is verwijderd.|Deze stap bestaat niet meer", a.Html));
        await using var check = fixture.CreateDbContext();
        Assert.Equal(["Blijft"], await check.TourSteps.Where(s => s.TourId == tourId).Select(s => s.Title).ToListAsync());
    }

    [Fact]
    public async Task A_forged_media_value_is_a_message_not_a_server_error()
    {
        var (leader, tourId) = await TourAsync("Rondleiding met vreemde media");

        var (response, html) = await AddStepAsync(leader, tourId, "Een hologram", media: "hologram", photo: Photo(), alt: "Iets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies of deze stap een foto of een video laat zien.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.TourSteps.AnyAsync(s => s.TourId == tourId));
    }

    [Fact]
    public async Task After_a_validation_error_the_leader_is_told_to_choose_the_photo_again()
    {
        var (leader, tourId) = await TourAsync("Rondleiding met vergeten titel");

        var (_, html) = await AddStepAsync(leader, tourId, "", photo: Photo(), alt: "Een werkbank");

        Assert.Contains("Geef de stap een titel", html, StringComparison.Ordinal);
        Assert.Contains("Kies de foto opnieuw:", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Een werkbank\"", html, StringComparison.Ordinal);
        var (_, withoutPhoto) = await AddStepAsync(leader, tourId, "", media: "video", video: "https://youtu.be/dQw4w9WgXcQ");
        Assert.DoesNotContain("Kies de foto opnieuw:", withoutPhoto, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_tour_is_not_public()
    {
        var leader = await fixture.LeaderAsync();
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
        await leader.PostFormAsync("/beheer/leren/rondleidingen/nieuw", new Dictionary<string, string>
        {
            ["Input.Title"] = "Geheime rondleiding", ["Input.PartnerId"] = partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Action"] = "concept",
        }, "rondleiding");

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateClient().GetAsync("/leren/rondleidingen/geheime-rondleiding")).StatusCode);
        Assert.DoesNotContain("Geheime rondleiding", await fixture.Factory.CreateClient().GetStringAsync("/leren/rondleidingen"), StringComparison.Ordinal);
        Assert.Contains("Dit is een concept", await leader.GetStringAsync("/leren/rondleidingen/geheime-rondleiding"), StringComparison.Ordinal);
    }
}
