using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using HoeWerktMijnStad.Web.Features.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.Learning;

/// <summary>The demo learning content: enough of it, once, and also into a demo database loaded before it existed.</summary>
public sealed class DemoLearningTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    [Fact]
    public async Task The_demo_has_the_learning_line_tours_and_best_practices_once()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(new DateOnly(2026, 11, 23)));

        await LoadAsync(factory);
        var first = await CountsAsync();
        await LoadAsync(factory);

        Assert.Equal(first, await CountsAsync());
        Assert.True(first.Letters >= 6, $"{first.Letters} lesson letters");
        Assert.True(first.Primary >= 8, $"{first.Primary} po activities");
        Assert.True(first.Tours >= 2, $"{first.Tours} tours");
        Assert.True(first.Practices >= 2, $"{first.Practices} best practices");

        await using var db = database.CreateDbContext();
        Assert.Equal(Enumerable.Range(1, 8), (await db.Lessons.Where(l => l.Kind == LessonKind.PrimaryActivity)
            .Select(l => new { l.GroupFrom, l.GroupTo }).ToListAsync()).SelectMany(l => Enumerable.Range(l.GroupFrom!.Value, l.GroupTo!.Value - l.GroupFrom.Value + 1)).Distinct().Order());
        Assert.True(await db.VirtualTours.AnyAsync(t => t.Partner!.Slug == DemoLearning.InstallerTourPartner && t.Partner.Kind == Data.Catalogue.PartnerKind.InstallationCompany));
        Assert.True(await db.VirtualTours.AnyAsync(t => t.Partner!.Slug == DemoLearning.TechnicalTourPartner));
        foreach (var image in await db.LearningImages.Select(i => i.Bytes).ToListAsync())
        {
            using var codec = SKCodec.Create(new SKMemoryStream(image));
            Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        }

        foreach (var pdf in await db.LessonAttachments.Select(a => a.Bytes).ToListAsync())
        {
            Assert.Null(PdfFiles.Check(pdf).Error);
        }

        Assert.Empty(await db.Lessons.Where(l => l.PublishedAt == null).Select(l => l.Title).ToListAsync());
    }

    [Fact]
    public async Task A_demo_database_from_before_the_learning_content_gets_it_on_the_next_start()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(new DateOnly(2026, 11, 23)));
        await LoadAsync(factory);
        await using (var db = database.CreateDbContext())
        {
            await db.BestPractices.ExecuteDeleteAsync();
            await db.VirtualTours.ExecuteDeleteAsync();
            await db.LearningImages.ExecuteDeleteAsync();
            await db.Lessons.ExecuteDeleteAsync();
        }

        await LoadAsync(factory);

        var counts = await CountsAsync();
        Assert.True(counts.Letters >= 6 && counts.Tours >= 2, $"{counts}");
    }

    private static async Task LoadAsync(HwmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
    }

    private async Task<(int Letters, int Primary, int Tours, int Steps, int Practices)> CountsAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.Lessons.CountAsync(l => l.Kind == LessonKind.LessonLetter), await db.Lessons.CountAsync(l => l.Kind == LessonKind.PrimaryActivity),
            await db.VirtualTours.CountAsync(), await db.TourSteps.CountAsync(), await db.BestPractices.CountAsync());
    }
}
