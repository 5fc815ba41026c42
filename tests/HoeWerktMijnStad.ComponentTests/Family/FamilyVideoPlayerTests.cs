using Bunit;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Family.Videos;

namespace HoeWerktMijnStad.ComponentTests.Family;

/// <summary>The family video card: nothing that loads before play, the description, and the transcript to read.</summary>
public sealed class FamilyVideoPlayerTests : BunitContext
{
    private static FamilyVideoView Video(string? youTubeId = null, string? hash = "ab12", string transcript = "[Tekening: duinen.]\n\nHet water zakt door het zand.") =>
        new(7, "van-duin-tot-kraan", "Van duin tot kraan", Utility.DrinkingWater, "Zo wordt duinwater drinkwater.", transcript, 45,
            youTubeId, youTubeId is null ? hash : null, youTubeId is null ? "video/webm" : null, true);

    [Fact]
    public void A_hosted_video_waits_behind_a_play_link_and_fetches_nothing_before_play()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video()));

        var player = cut.Find("hwms-video");
        Assert.Equal("/media/gezinsvideos/7/ab12", player.GetAttribute("data-video-src"));
        Assert.Equal("video/webm", player.GetAttribute("data-video-type"));
        Assert.False(player.HasAttribute("data-captions"));
        // no element that a browser would load from: without JavaScript the play button is a plain link
        Assert.Empty(cut.FindAll("video, iframe, source, img"));
        Assert.Equal("/media/gezinsvideos/7/ab12", cut.Find("a.video-embed__play").GetAttribute("href"));
        Assert.Contains("op onze eigen site", cut.Find(".video-embed__note").TextContent, StringComparison.Ordinal);
        // a browser that cannot play the format still gets a way to the video and its text
        Assert.Equal("/media/gezinsvideos/7/ab12", cut.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public void Captions_go_along_with_a_hosted_video()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video() with { HasCaptions = true }));

        Assert.Equal("/media/gezinsvideos/7/ab12/ondertitels.vtt", cut.Find("hwms-video").GetAttribute("data-captions"));
    }

    [Fact]
    public void A_youtube_video_is_a_link_with_the_nocookie_player_waiting_for_a_click()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video(youTubeId: "abcDEF12345")));

        Assert.Empty(cut.FindAll("iframe, video"));
        Assert.StartsWith("https://www.youtube-nocookie.com/embed/abcDEF12345", cut.Find("hwms-video").GetAttribute("data-embed-url"), StringComparison.Ordinal);
        Assert.Equal("https://www.youtube.com/watch?v=abcDEF12345", cut.Find("a.video-embed__play").GetAttribute("href"));
        Assert.Contains("op YouTube", cut.Find(".muted").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_transcript_is_folded_away_one_paragraph_per_blank_line()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video()));

        var paragraphs = cut.FindAll("details p").Select(p => p.TextContent).ToList();
        Assert.Equal(["[Tekening: duinen.]", "Het water zakt door het zand."], paragraphs);
        Assert.StartsWith("Lees wat er in de video gebeurt", cut.Find("details summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_transcript_there_is_nothing_to_unfold()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video(transcript: "")));

        Assert.Empty(cut.FindAll("details"));
    }
}
