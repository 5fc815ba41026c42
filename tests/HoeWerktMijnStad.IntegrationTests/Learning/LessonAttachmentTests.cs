using System.Net;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>A lesson letter's PDF: checked by its bytes, stored in the database, downloaded as a PDF under a safe name.</summary>
public sealed class LessonAttachmentTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static Dictionary<string, UploadFile> Attach(UploadFile file) => new() { ["Input.Attachment"] = file };

    [Fact]
    public async Task A_pdf_is_downloaded_as_a_pdf_attachment_under_a_name_we_made()
    {
        var leader = await fixture.LeaderAsync();
        var pdf = LearningWorld.Pdf("Werkblad warmtepomp");

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("Les met werkblad"), files: Attach(LearningWorld.PdfUpload("../../Werkblad Warmte (v2).PDF", pdf)));

        Assert.Contains("is gepubliceerd", html, StringComparison.Ordinal);
        var lesson = await fixture.LessonAsync("Les met werkblad");
        Assert.Equal("werkblad-warmte-v2.pdf", lesson!.Attachment!.FileName);
        var page = await fixture.Factory.CreateClient().GetStringAsync($"/leren/lesbrieven/{lesson.Slug}");
        Assert.Contains($"href=\"/leren/lesbrieven/{lesson.Slug}/bijlage\"", page, StringComparison.Ordinal);

        var download = await fixture.Factory.CreateClient().GetAsync($"/leren/lesbrieven/{lesson.Slug}/bijlage");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("werkblad-warmte-v2.pdf", download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // a lesson taken offline must not linger in a shared cache
        Assert.True(download.Headers.CacheControl!.Private);
        Assert.False(download.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task A_picture_called_pdf_is_refused_and_the_rest_of_the_form_stays()
    {
        var leader = await fixture.LeaderAsync();
        var photo = new UploadFile("lesbrief.pdf", TestImages.Encode(20, 20, SKEncodedImageFormat.Jpeg), "application/pdf");

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("Les met nep-pdf", body: "Mijn les over warmte"), files: Attach(photo));

        Assert.Contains("Dit bestand is geen PDF", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Les met nep-pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("Mijn les over warmte</textarea>", html, StringComparison.Ordinal);
        Assert.Null(await fixture.LessonAsync("Les met nep-pdf"));
    }

    [Fact]
    public async Task A_pdf_above_ten_megabytes_is_refused()
    {
        var leader = await fixture.LeaderAsync();
        var big = LearningWorld.Pdf().Concat(new byte[LessonAttachment.MaxBytes]).ToArray();

        var (_, html) = await leader.SaveLessonAsync(LearningWorld.Letter("Les met te grote pdf"), files: Attach(LearningWorld.PdfUpload(bytes: big)));

        Assert.Contains("een bijlage mag hoogstens 10 MB zijn", html, StringComparison.Ordinal);
        Assert.Null(await fixture.LessonAsync("Les met te grote pdf"));
    }

    [Fact]
    public async Task The_pdf_of_a_draft_is_for_the_leader_only_and_a_removed_pdf_is_gone()
    {
        var leader = await fixture.LeaderAsync();
        await leader.SaveLessonAsync(LearningWorld.Letter("Concept met pdf", action: "concept"), files: Attach(LearningWorld.PdfUpload()));
        var lesson = await fixture.LessonAsync("Concept met pdf");
        var url = $"/leren/lesbrieven/{lesson!.Slug}/bijlage";

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);

        var fields = LearningWorld.Letter("Concept met pdf", action: "concept", slug: lesson.Slug);
        fields["Input.RemoveAttachment"] = "true";
        await leader.SaveLessonAsync(fields, $"/beheer/leren/lessen/{lesson.Id}");

        Assert.Null((await fixture.LessonAsync("Concept met pdf"))!.Attachment);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_an_attachment_that_does_not_start_as_a_pdf()
    {
        await using var db = fixture.CreateDbContext();
        var lesson = new Lesson
        {
            Slug = "schema-controle", Title = "Schema-controle", Levels = [Data.Catalogue.EducationLevel.Mbo], DurationMinutes = 60,
            Attachment = new LessonAttachment { FileName = "werkblad.pdf", Bytes = "<html><script>alert(1)</script>"u8.ToArray(), SizeBytes = 31 },
        };
        db.Lessons.Add(lesson);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("ck_lesson_attachments_pdf", refused.InnerException!.Message, StringComparison.Ordinal);
    }
}
