using System.Net;
using System.Net.Http.Headers;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.Learning;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Family.Videos;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The leader changes a family video over time: the text alone, a new file, captions, offline; the file's
/// address follows, and what a visitor may fetch follows too.</summary>
public sealed class FamilyVideoEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private HttpClient Visitor() => fixture.Factory.CreateClient();

    private static string FileUrl(FamilyVideo video) => VideoFiles.UrlOf(video.Id, video.FileHash!);

    private static UploadFile Vtt(string text) => new("ondertitels.vtt", System.Text.Encoding.UTF8.GetBytes(text), "text/vtt");

    private async Task<(HttpClient Leader, FamilyVideo Video)> PublishedAsync(string title, byte[]? bytes = null, string? captions = null)
    {
        var leader = await fixture.LeaderAsync();
        var files = FamilyVideoWorld.Upload(bytes);
        if (captions is not null)
        {
            files["Input.Captions"] = Vtt(captions);
        }

        await leader.SaveVideoAsync(FamilyVideoWorld.Form(title), files: files);
        return (leader, (await fixture.VideoAsync(title))!);
    }

    private static Task<(HttpResponseMessage Response, string Html)> EditAsync(HttpClient leader, FamilyVideo video, string action = "publiceren",
        Dictionary<string, UploadFile>? files = null, string? title = null, string? youTube = null, bool removeCaptions = false)
    {
        var form = FamilyVideoWorld.Form(title ?? video.Title, action: action, slug: video.Slug, youTube: youTube);
        if (removeCaptions)
        {
            form["Input.RemoveCaptions"] = "true";
        }

        return leader.SaveVideoAsync(form, $"/beheer/leren/videos/{video.Id}", files);
    }

    [Fact]
    public async Task Editing_the_text_keeps_the_file_and_its_address()
    {
        var (leader, video) = await PublishedAsync("Tekst aanpassen");

        await EditAsync(leader, video, title: "Tekst aangepast");

        var after = await fixture.VideoAsync("Tekst aangepast");
        Assert.Equal(video.FileHash, after!.FileHash);
        Assert.Equal(video.File!.Bytes, after.File!.Bytes);
        Assert.Equal(HttpStatusCode.OK, (await Visitor().GetAsync(FileUrl(after))).StatusCode);
    }

    [Fact]
    public async Task A_new_file_gets_a_new_address_and_drops_the_old_captions()
    {
        var (leader, video) = await PublishedAsync("Nieuw bestand", captions: "WEBVTT\n\n00:00.000 --> 00:02.000\nOud");

        var (_, html) = await EditAsync(leader, video, files: FamilyVideoWorld.Upload(FamilyVideoWorld.WebM(5000, 0x33)));

        Assert.Contains("De oude ondertitels horen bij het oude bestand en zijn verwijderd.", html, StringComparison.Ordinal);
        var after = await fixture.VideoAsync("Nieuw bestand");
        Assert.NotEqual(video.FileHash, after!.FileHash);
        Assert.Null(after.File!.Captions);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync(FileUrl(video))).StatusCode);
        Assert.Equal(FamilyVideoWorld.WebM(5000, 0x33), await Visitor().GetByteArrayAsync(FileUrl(after)));
    }

    [Fact]
    public async Task A_new_file_replaces_a_youtube_video_without_emptying_its_link_first()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveVideoAsync(FamilyVideoWorld.Form("Eerst YouTube", youTube: "https://youtu.be/abcDEF12345"));
        var video = await fixture.VideoAsync("Eerst YouTube");

        // the form shows the stored link; the leader only picks a file
        await EditAsync(leader, video!, youTube: "https://www.youtube.com/watch?v=abcDEF12345", files: FamilyVideoWorld.Upload());

        var after = await fixture.VideoAsync("Eerst YouTube");
        Assert.Null(after!.YouTubeId);
        Assert.NotNull(after.File);
    }

    [Fact]
    public async Task Captions_can_be_removed_and_a_draft_hides_its_file_and_captions()
    {
        var (leader, video) = await PublishedAsync("Offline en zonder ondertitels", captions: "WEBVTT\n\n00:00.000 --> 00:02.000\nHallo");
        var captions = VideoFiles.CaptionsUrlOf(video.Id, video.FileHash!);
        Assert.Equal(HttpStatusCode.OK, (await Visitor().GetAsync(captions)).StatusCode);

        await EditAsync(leader, video, action: "concept");

        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync(FileUrl(video))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync(captions)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(captions)).StatusCode);

        await EditAsync(leader, video, removeCaptions: true);

        Assert.Null((await fixture.VideoAsync("Offline en zonder ondertitels"))!.File!.Captions);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor().GetAsync(captions)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Visitor().GetAsync(FileUrl(video))).StatusCode);
    }

    [Fact]
    public async Task New_captions_and_removing_them_at_once_is_a_question_not_a_guess()
    {
        var (leader, video) = await PublishedAsync("Twee keuzes", captions: "WEBVTT\n\n00:00.000 --> 00:02.000\nEen");

        var (_, html) = await EditAsync(leader, video, removeCaptions: true,
            files: new Dictionary<string, UploadFile> { ["Input.Captions"] = Vtt("WEBVTT\n\n00:00.000 --> 00:02.000\nTwee") });

        Assert.Contains("Kies één van de twee.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Een", (await fixture.VideoAsync("Twee keuzes"))!.File!.Captions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBVTTX\n\n00:00.000 --> 00:02.000\nHallo", "Dit is geen WebVTT-bestand")]
    [InlineData("WEBVTT\n\n00:00.000 --> 00:02.000\nHal\0lo", "tekens die geen tekst zijn")]
    public async Task Captions_that_are_not_clean_webvtt_are_refused(string text, string message)
    {
        var leader = await fixture.LeaderAsync();
        var title = $"Ondertitels {Guid.NewGuid():N}"[..24];
        var files = FamilyVideoWorld.Upload();
        files["Input.Captions"] = Vtt(text);

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form(title), files: files);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync(title));
    }

    [Fact]
    public async Task The_preview_shows_the_card_and_saves_nothing()
    {
        var leader = await fixture.LeaderAsync();

        var (_, html) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Alleen een voorbeeld", action: "voorbeeld", youTube: "https://youtu.be/abcDEF12345"));

        Assert.Contains("Er is nog niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("data-embed-url=\"https://www.youtube-nocookie.com/embed/abcDEF12345", html, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Alleen een voorbeeld"));
    }

    [Fact]
    public async Task The_editor_may_frame_the_youtube_player_for_its_preview()
    {
        var leader = await fixture.LeaderAsync();

        var response = await leader.GetAsync(FamilyVideoWorld.New);

        Assert.Contains("frame-src https://www.youtube-nocookie.com", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_player_gets_a_long_file_in_parts_and_a_cached_copy_is_not_sent_again()
    {
        var bytes = FamilyVideoWorld.WebM(FamilyVideoSetup.ChunkBytes + 1000, 0x44);
        bytes[^1] = 0x55;
        var (_, video) = await PublishedAsync("Lang filmpje", bytes);
        var url = FileUrl(video);

        var first = await Visitor().SendAsync(Get(url, new RangeHeaderValue(0, null)));
        var tail = await Visitor().SendAsync(Get(url, new RangeHeaderValue(null, 10)));
        var outside = await Visitor().SendAsync(Get(url, new RangeHeaderValue(bytes.Length + 5, null)));
        var whole = await Visitor().GetAsync(url);
        var cached = Get(url, null);
        cached.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{video.FileHash}\""));
        var notModified = await Visitor().SendAsync(cached);
        var any = Get(url, null);
        any.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        var anyNotModified = await Visitor().SendAsync(any);
        var head = await Visitor().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.PartialContent, first.StatusCode);
        Assert.Equal(FamilyVideoSetup.ChunkBytes, (await first.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(bytes.Length, first.Content.Headers.ContentRange!.Length);
        Assert.Equal(bytes[^10..], await tail.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, outside.StatusCode);
        Assert.Equal($"bytes */{bytes.Length}", outside.Content.Headers.ContentRange!.ToString());
        Assert.Null(outside.Headers.CacheControl);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, anyNotModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_far_too_large_video_is_refused_before_it_is_read_and_one_just_over_gets_the_pages_message()
    {
        var leader = await fixture.LeaderAsync();

        var (far, _) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Veel te grote video"),
            files: FamilyVideoWorld.Upload(new byte[FamilyVideoFile.MaxBytes + 3 * 1024 * 1024]));
        var (_, justOver) = await leader.SaveVideoAsync(FamilyVideoWorld.Form("Net te grote video"),
            files: FamilyVideoWorld.Upload(FamilyVideoWorld.WebM(FamilyVideoFile.MaxBytes + 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, far.StatusCode);
        Assert.Contains("een video 40 MB", await far.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Veel te grote video"));
        Assert.Contains("een video mag hoogstens 40 MB zijn", justOver, StringComparison.Ordinal);
        Assert.Null(await fixture.VideoAsync("Net te grote video"));
    }

    private static HttpRequestMessage Get(string url, RangeHeaderValue? range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = range;
        return request;
    }
}
