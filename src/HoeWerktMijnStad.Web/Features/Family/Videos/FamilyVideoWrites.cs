using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>What a video's save reads from its uploads: a new file and new captions, checked by their bytes.</summary>
public sealed record VideoUploads(VideoFileCheck? File, string? Captions);

/// <summary>Saves and deletes family videos: one source at a time (a file we host or a YouTube link), captions that
/// belong to the hosted file. The row is loaded without its file, so an edit of the text never reads the video.</summary>
public sealed class FamilyVideoWrites(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    : ContentWrites<FamilyVideo, FamilyVideoInput, VideoUploads>(dbFactory, clock)
{
    protected override string AuditNoun => "Video voor gezinnen";

    protected override string GoneCode => "VideoGone";

    protected override DbSet<FamilyVideo> Items(AppDbContext db) => db.FamilyVideos;

    protected override FamilyVideo Create(string slug) => new() { Slug = slug, Title = "", Description = "" };

    protected override async Task<(List<FieldError> Errors, VideoUploads Files)> CheckAsync(AppDbContext db, FamilyVideoInput input, CancellationToken cancellationToken)
    {
        var stored = await db.FamilyVideos.AsNoTracking().Where(v => v.Id == input.Id && input.Id != 0)
            .Select(v => new { v.YouTubeId, HasFile = v.File != null, HasCaptions = v.File != null && v.File.Captions != null })
            .SingleOrDefaultAsync(cancellationToken);
        var errors = input.Check(stored?.HasFile ?? false, stored?.YouTubeId, stored?.HasCaptions ?? false).ToList();
        VideoFileCheck? upload = null;
        if (errors.Count == 0 && input.HasNewFile)
        {
            upload = await VideoFiles.ReadAsync(input.File, cancellationToken);
            if (upload.Error is { } error)
            {
                errors.Add(error with { Field = nameof(FamilyVideoInput.File) });
            }
        }

        string? captions = null;
        if (errors.Count == 0 && input.HasNewCaptions)
        {
            (captions, var error) = await VideoFiles.ReadCaptionsAsync(input.Captions!, cancellationToken);
            if (error is not null)
            {
                errors.Add(error with { Field = nameof(FamilyVideoInput.Captions) });
            }
        }

        return (errors, new VideoUploads(upload, captions));
    }

    /// <summary>The video's source: a new file (with the captions that came with it: old captions belong to the old
    /// file), a YouTube link (the hosted file goes), or new or removed captions.</summary>
    protected override async Task ApplyAsync(AppDbContext db, FamilyVideo video, FamilyVideoInput input, string slug, VideoUploads uploads, DateTimeOffset now, CancellationToken cancellationToken)
    {
        input.ApplyTo(video, slug, now);
        var storedFile = db.FamilyVideoFiles.Where(f => f.VideoId == video.Id && video.Id != 0);
        if (uploads.File?.Bytes is { } bytes)
        {
            (video.FileHash, video.YouTubeId) = (VideoFiles.HashOf(bytes), null);
            await storedFile.ExecuteDeleteAsync(cancellationToken);
            video.File = new FamilyVideoFile { ContentType = uploads.File.ContentType!, Bytes = bytes, SizeBytes = bytes.Length, UploadedAt = now, Captions = uploads.Captions };
        }
        else if (input.YouTubeId is { } youTubeId)
        {
            // one source at a time (ck_family_videos_source)
            (video.YouTubeId, video.FileHash) = (youTubeId, null);
            await storedFile.ExecuteDeleteAsync(cancellationToken);
        }
        else if (input.RemoveCaptions || uploads.Captions is not null)
        {
            var replacement = input.RemoveCaptions ? null : uploads.Captions;
            await storedFile.ExecuteUpdateAsync(f => f.SetProperty(x => x.Captions, replacement), cancellationToken);
        }
    }
}
