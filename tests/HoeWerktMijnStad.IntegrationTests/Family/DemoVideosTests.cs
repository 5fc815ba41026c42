using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using HoeWerktMijnStad.Web.Features.Family.Videos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The demo family videos: our own files, published, each with a description and a transcript, once.</summary>
public sealed class DemoVideosTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    [Fact]
    public async Task The_demo_has_three_hosted_videos_with_transcripts_once()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(new DateOnly(2026, 11, 23)));

        await LoadAsync(factory);
        await LoadAsync(factory);

        await using var db = database.CreateDbContext();
        var videos = (await db.FamilyVideos.AsNoTracking().Include(v => v.File).ToListAsync()).OrderBy(v => v.Utility).ToList();
        Assert.Equal([Utility.DrinkingWater, Utility.Sewage, Utility.Electricity], videos.Select(v => v.Utility));
        Assert.All(videos, video =>
        {
            Assert.True(video.IsPublished, video.Slug);
            Assert.Null(video.YouTubeId);
            Assert.Equal("video/mp4", video.File!.ContentType);
            Assert.Equal(VideoFiles.HashOf(video.File.Bytes), video.FileHash);
            Assert.InRange(video.Seconds, 20, 120);
            Assert.False(string.IsNullOrWhiteSpace(video.Description), video.Slug);
            // every slide of the silent video, with its picture described, as a paragraph of the transcript
            var paragraphs = video.Transcript.Split("\n\n");
            Assert.True(paragraphs.Length >= 6, $"{video.Slug}: {paragraphs.Length} paragraphs");
            Assert.All(paragraphs, p => Assert.StartsWith("[Tekening: ", p, StringComparison.Ordinal));
        });

        // on the page in the topics' order: water, sewage, electricity
        var page = await factory.CreateClient().GetStringAsync("/techniek-is-een-feest/videos");
        Assert.Equal(3, page.Split("data-video-src=").Length - 1);
        var positions = videos.Select(v => page.IndexOf($"id=\"video-{v.Slug}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    private static async Task LoadAsync(HwmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
    }
}
