using System.Net;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>What the learning responses tell browsers and caches: images of drafts stay out of shared caches, and
/// only a tour page may frame the privacy-friendly YouTube player.</summary>
public sealed class LearningHeaderTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private const string YouTube = "https://www.youtube-nocookie.com";

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Policy(HttpResponseMessage response) => string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

    [Fact]
    public async Task A_learning_image_is_cached_privately_and_briefly()
    {
        var image = new LearningImage { Id = Guid.NewGuid(), AltText = "Een concept-foto", ContentType = "image/png", Bytes = TestImages.Encode(8, 8, SKEncodedImageFormat.Png), Width = 8, Height = 8 };
        await using (var db = fixture.CreateDbContext())
        {
            db.LearningImages.Add(image);
            await db.SaveChangesAsync();
        }

        var response = await fixture.Factory.CreateClient().GetAsync($"/leren/afbeeldingen/{image.Id:N}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task Only_a_tour_page_may_frame_the_youtube_player()
    {
        await using (var db = fixture.CreateDbContext())
        {
            if (!await db.VirtualTours.AnyAsync(t => t.Slug == "kop-en-staart"))
            {
                var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
                db.VirtualTours.Add(new VirtualTour { Slug = "kop-en-staart", Title = "Kop en staart", PartnerId = partner.Id, PublishedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }
        }

        var client = fixture.Factory.CreateClient();
        var tour = await client.GetAsync("/leren/rondleidingen/kop-en-staart");
        Assert.Equal(HttpStatusCode.OK, tour.StatusCode);
        Assert.Contains($"frame-src {YouTube}", Policy(tour), StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/leren", "/leren/rondleidingen", "/leren/lesbrieven", "/inloggen" })
        {
            var policy = Policy(await client.GetAsync(path));
            Assert.DoesNotContain("frame-src", policy, StringComparison.Ordinal);
            Assert.DoesNotContain(YouTube, policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        }
    }
}
