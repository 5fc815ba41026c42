using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Family.Videos;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The demo family videos: our own short explainers (scripts/demo-videos), hosted by the site like an
/// uploaded file. Added once, when there are no family videos yet.</summary>
internal static class DemoVideos
{
    public static async Task<int> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.FamilyVideos.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        foreach (var demo in DemoFamilyVideos.All)
        {
            var check = VideoFiles.Check(await File.ReadAllBytesAsync(DemoFamilyVideos.FilePath(demo), cancellationToken));
            var bytes = check.Bytes ?? throw new InvalidOperationException($"Demo video {demo.Slug}: {check.Error}");
            db.FamilyVideos.Add(new FamilyVideo
            {
                Slug = demo.Slug, Title = demo.Title, Utility = demo.Utility, Description = demo.Description, Transcript = demo.Transcript,
                Seconds = demo.Seconds, FileHash = VideoFiles.HashOf(bytes), PublishedAt = now, UpdatedAt = now,
                File = new FamilyVideoFile { ContentType = check.ContentType!, Bytes = bytes, SizeBytes = bytes.Length, UploadedAt = now },
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return DemoFamilyVideos.All.Count;
    }
}
