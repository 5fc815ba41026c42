using System.Net;
using System.Net.Http.Headers;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.Learning;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>Family videos: the leader adds a file we host or a YouTube link; the family pages show a player that
/// loads nothing before play, with the description and the transcript.</summary>
public sealed class FamilyVideoTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Topic = "/techniek-is-een-feest/gespreksonderwerpen/drinkwater";

    private HttpClient Visitor() => fixture.Factory.CreateClient();

    private static string Policy(HttpResponseMessage response) => string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

    [Fact]
    public async Task An_uploaded_video_plays_from_our_own_site_and_loads_nothing_before_play()
    {
        var leader = await fixture.LeaderAsync();
        var bytes = FamilyVideoWorld.WebM(8192, 0x17);

        var (_, saved) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Zand als filter"), files: FamilyVideoWorld.Upload(bytes));

        Assert.Contains("is gepubliceerd en staat nu online", saved, StringComparison.Ordinal);
        var video = await fixture.VideoAsync("Zand als filter");
        Assert.Equal(bytes, video!.File!.Bytes);
        Assert.Equal(90, video.Seconds);
        var url = $"/media/gezinsvideos/{video.Id}/{video.FileHash}";
        foreach (var page in new[] { Topic, "/techniek-is-een-feest/videos" })
        {
            var html = await Visitor().GetStringAsync(page);
            Assert.Contains($"data-video-src=\"{url}\" data-video-type=\"video/webm\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<video", html, StringComparison.Ordinal);
            Assert.Contains("Je ziet hoe duinzand het water schoonmaakt.", html, StringComparison.Ordinal);
            Assert.Contains("<p>Het water zakt door het zand.</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        }

        var file = await Visitor().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("video/webm", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
        // shared caches may keep it a day, no longer: taking it offline must reach them (issue 21)
        Assert.True(file.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), file.Headers.CacheControl.MaxAge);
        Assert.DoesNotContain(file.Headers.CacheControl.Extensions, e => e.Name == "immutable");
        Assert.Equal("bytes", file.Headers.AcceptRanges.Single());
    }

    [Fact]
    public async Task Seeking_gets_just_the_part_of_the_file_it_asks_for()
    {
        var leader = await fixture.LeaderAsync();
        var bytes = FamilyVideoWorld.WebM(10_000);
        bytes[5000] = 0x99;
        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Verder spoelen"), files: FamilyVideoWorld.Upload(bytes));
        var video = await fixture.VideoAsync("Verder spoelen");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/media/gezinsvideos/{video!.Id}/{video.FileHash}");
        request.Headers.Range = new RangeHeaderValue(5000, 5099);

        var part = await Visitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[5000..5100], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(10_000, part.Content.Headers.ContentRange!.Length);
    }

    [Fact]
    public async Task A_draft_video_is_for_the_leader_only()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Nog geheim filmpje", action: "concept"), files: FamilyVideoWorld.Upload());
        var video = await fixture.VideoAsync("Nog geheim filmpje");
        var url = $"/media/gezinsvideos/{video!.Id}/{video.FileHash}";

        Assert.Null(video.PublishedAt);
        Assert.DoesNotContain("Nog geheim filmpje", await Visitor().GetStringAsync("/techniek-is-een-feest/videos"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nog geheim filmpje", await Visitor().GetStringAsync(Topic), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync(url)).StatusCode);
        var forLeader = await leader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, forLeader.StatusCode);
        Assert.True(forLeader.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_youtube_video_is_a_play_button_until_clicked_and_only_its_pages_may_frame_it()
    {
        var leader = await fixture.LeaderAsync();

        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Filmpje op YouTube", youTube: "https://youtu.be/abcDEF12345?si=x"));

        var video = await fixture.VideoAsync("Filmpje op YouTube");
        Assert.Equal("abcDEF12345", video!.YouTubeId);
        Assert.Null(video.File);
        var topic = await Visitor().GetAsync(Topic);
        var html = await topic.Content.ReadAsStringAsync();
        Assert.Contains("data-embed-url=\"https://www.youtube-nocookie.com/embed/abcDEF12345", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("frame-src https://www.youtube-nocookie.com", Policy(topic), StringComparison.Ordinal);
        Assert.DoesNotContain("frame-src", Policy(await Visitor().GetAsync("/techniek-is-een-feest")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_youtube_link_replaces_an_uploaded_file_and_the_old_file_is_gone()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Van bestand naar YouTube"), files: FamilyVideoWorld.Upload());
        var before = await fixture.VideoAsync("Van bestand naar YouTube");

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Van bestand naar YouTube", youTube: "https://www.youtube.com/watch?v=ZYX98765432", slug: before!.Slug),
            $"/beheer/leren/videos/{before.Id}");

        Assert.Contains("is opgeslagen en staat online", html, StringComparison.Ordinal);
        var after = await fixture.VideoAsync("Van bestand naar YouTube");
        Assert.Equal("ZYX98765432", after!.YouTubeId);
        Assert.Null(after.FileHash);
        Assert.Null(after.File);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync($"/media/gezinsvideos/{before.Id}/{before.FileHash}")).StatusCode);
    }

    [Fact]
    public async Task A_picture_called_mp4_is_refused_and_what_was_typed_stays()
    {
        var leader = await fixture.LeaderAsync();
        var photo = TestImages.Encode(20, 20, SKEncodedImageFormat.Jpeg);

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Nep-video", description: "Mijn zorgvuldige beschrijving"),
            files: FamilyVideoWorld.Upload(photo, "filmpje.mp4", "video/mp4"));

        Assert.Contains("Dit bestand is geen WebM- of MP4-video", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nep-video\"", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldige beschrijving</textarea>", html, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Nep-video"));
    }

    [Theory]
    [InlineData("", false, "Upload een videobestand (WebM of MP4) of plak een YouTube-link.")]
    [InlineData("https://vimeo.com/12345678", false, "Dit is geen YouTube-link die we kennen.")]
    [InlineData("https://youtu.be/abcDEF12345", true, "plak een YouTube-link, niet allebei.")]
    public async Task A_video_needs_exactly_one_source(string youTube, bool withFile, string message)
    {
        var leader = await fixture.LeaderAsync();
        var title = $"Bron {Guid.NewGuid():N}"[..20];

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form(title, youTube: youTube), files: withFile ? FamilyVideoWorld.Upload() : null);

        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync(title));
    }

    [Fact]
    public async Task A_video_without_a_description_is_refused()
    {
        var leader = await fixture.LeaderAsync();

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Zonder uitleg", description: " "), files: FamilyVideoWorld.Upload());

        Assert.Contains("Beschrijf in twee of drie zinnen wat je in de video ziet en leert.", html, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Zonder uitleg"));
    }

    [Fact]
    public async Task The_database_refuses_two_sources_and_a_file_that_is_no_video()
    {
        Assert.Equal("ck_family_videos_source", await RefusedAsync(Row("twee-bronnen", youTubeId: "abcDEF12345", hash: new string('a', 64))));
        Assert.Equal("ck_family_videos_source", await RefusedAsync(Row("zonder-bron")));
        var picture = Row("geen-video", hash: new string('b', 64));
        picture.File = new FamilyVideoFile { ContentType = "video/webm", Bytes = TestImages.Encode(20, 20, SKEncodedImageFormat.Png), UploadedAt = DateTimeOffset.UtcNow };
        picture.File.SizeBytes = picture.File.Bytes.Length;
        Assert.Equal("ck_family_video_files_bytes", await RefusedAsync(picture));
    }

    [Fact]
    public async Task Deleting_a_video_removes_its_file()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Weg ermee"), files: FamilyVideoWorld.Upload());
        var video = await fixture.VideoAsync("Weg ermee");

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Weg ermee", action: "verwijderen", slug: video!.Slug), $"/beheer/leren/videos/{video.Id}");

        Assert.Contains("is verwijderd", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.FamilyVideos.AnyAsync(v => v.Id == video.Id));
        Assert.False(await db.FamilyVideoFiles.AnyAsync(f => f.VideoId == video.Id));
    }

    [Fact]
    public async Task Captions_come_with_a_hosted_video_and_play_along()
    {
        var leader = await fixture.LeaderAsync();
        var files = FamilyVideoWorld.Upload();
        files["Input.Captions"] = new UploadFile("ondertitels.vtt", "\uFEFFWEBVTT\n\n00:00.000 --> 00:04.000\nHet water zakt door het zand."u8.ToArray(), "text/vtt");

        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Met ondertitels"), files: files);

        var video = await fixture.VideoAsync("Met ondertitels");
        var captionsUrl = $"/media/gezinsvideos/{video!.Id}/{video.FileHash}/ondertitels.vtt";
        Assert.Contains($"data-captions=\"{captionsUrl}\"", await Visitor().GetStringAsync(Topic), StringComparison.Ordinal);
        var vtt = await Visitor().GetAsync(captionsUrl);
        Assert.Equal("text/vtt", vtt.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("WEBVTT\n\n00:00.000 --> 00:04.000", await vtt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_srt_file_is_not_taken_for_captions_and_a_youtube_video_takes_none()
    {
        var leader = await fixture.LeaderAsync();
        var srt = new UploadFile("ondertitels.srt", "1\n00:00:00,000 --> 00:00:04,000\nHallo"u8.ToArray(), "application/x-subrip");
        var files = FamilyVideoWorld.Upload();
        files["Input.Captions"] = srt;

        var (_, wrongFormat) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Met srt"), files: files);
        var (_, onYouTube) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("YouTube met vtt", youTube: "https://youtu.be/abcDEF12345"),
            files: new Dictionary<string, UploadFile> { ["Input.Captions"] = new("x.vtt", "WEBVTT\n"u8.ToArray(), "text/vtt") });

        Assert.Contains("Dit is geen WebVTT-bestand", wrongFormat, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Met srt"));
        Assert.Contains("Ondertitels horen bij een videobestand dat je hier uploadt.", onYouTube, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("YouTube met vtt"));
    }

    private async Task<string?> RefusedAsync(FamilyVideo row)
    {
        await using var db = fixture.CreateDbContext();
        db.FamilyVideos.Add(row);
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        return Assert.IsType<Npgsql.PostgresException>(refused.InnerException).ConstraintName;
    }

    private static FamilyVideo Row(string slug, string? youTubeId = null, string? hash = null) => new()
    {
        Slug = slug, Title = slug, Description = "Uitleg", Seconds = 60, YouTubeId = youTubeId, FileHash = hash, UpdatedAt = DateTimeOffset.UtcNow,
    };
}
