using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>A post far larger than any allowed file is refused before the form is read (the pages'
/// [RequestSizeLimit]/[RequestFormLimits]); a file just over the file limit still gets the page's own message.</summary>
public sealed class LearningUploadLimitTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static UploadFile Junk(string name, int megabytes, string type) => new(name, new byte[megabytes * 1024 * 1024], type);

    private async Task<bool> StoredAsync(string alt)
    {
        await using var db = fixture.CreateDbContext();
        return await db.LearningImages.AnyAsync(i => i.AltText == alt);
    }

    [Fact]
    public async Task A_far_too_large_library_image_is_refused_before_it_is_read()
    {
        var leader = await fixture.LeaderAsync();

        var (response, _) = await leader.PostFormAsync("/beheer/leren/afbeeldingen", new Dictionary<string, string> { ["Upload.AltText"] = "Veel te groot" }, "afbeelding",
            new Dictionary<string, UploadFile> { ["Upload.File"] = Junk("groot.png", 8, "image/png") });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(await StoredAsync("Veel te groot"));
    }

    [Fact]
    public async Task A_photo_just_over_the_limit_gets_the_pages_own_message()
    {
        var leader = await fixture.LeaderAsync();
        var justOver = new UploadFile("net-te-groot.png", new byte[(int)Web.Infrastructure.Images.ImageProcessor.MaxUploadBytes + 1024], "image/png");

        var (response, html) = await leader.PostFormAsync("/beheer/leren/afbeeldingen", new Dictionary<string, string> { ["Upload.AltText"] = "Net te groot" }, "afbeelding",
            new Dictionary<string, UploadFile> { ["Upload.File"] = justOver });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MB", html, StringComparison.Ordinal);
        Assert.False(await StoredAsync("Net te groot"));
    }

    [Fact]
    public async Task A_far_too_large_lesson_attachment_is_refused_before_it_is_read()
    {
        var leader = await fixture.LeaderAsync();

        var (response, _) = await leader.SaveLessonAsync(LearningWorld.Letter("Les met reuzen-pdf"),
            files: new Dictionary<string, UploadFile> { ["Input.Attachment"] = Junk("reus.pdf", 13, "application/pdf") });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await fixture.LessonAsync("Les met reuzen-pdf"));
    }
}
