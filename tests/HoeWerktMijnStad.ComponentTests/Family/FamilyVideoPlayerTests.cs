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
    public void A_hosted_video_uses_the_browsers_player_and_fetches_nothing_before_play()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video()));

        var player = cut.Find("video");
        Assert.Equal("none", player.GetAttribute("preload"));
        Assert.True(player.HasAttribute("controls"));
        Assert.Equal("/media/gezinsvideos/7/ab12", cut.Find("video source").GetAttribute("src"));
        Assert.Empty(cut.FindAll("iframe"));
        Assert.Equal("Zo wordt duinwater drinkwater.", cut.Find($"#{player.GetAttribute("aria-describedby")}").TextContent);
        // a browser that cannot play the format still gets a way to the video and its text
        Assert.Equal("/media/gezinsvideos/7/ab12", cut.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public void A_youtube_video_is_a_link_with_the_nocookie_player_waiting_for_a_click()
    {
        var cut = Render<FamilyVideoPlayer>(p => p.Add(v => v.Video, Video(youTubeId: "abcDEF12345")));

        Assert.Empty(cut.FindAll("iframe"));
        Assert.Empty(cut.FindAll("video"));
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
