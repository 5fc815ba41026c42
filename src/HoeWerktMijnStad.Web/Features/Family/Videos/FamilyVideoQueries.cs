using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>A video as the family pages show it (never its bytes).</summary>
public sealed record FamilyVideoView(
    int Id, string Slug, string Title, Utility Utility, string Description, string Transcript, int Seconds,
    string? YouTubeId, string? FileHash, string? ContentType, bool IsPublished, bool HasCaptions = false)
{
    public string? FileUrl => FileHash is null ? null : VideoFiles.UrlOf(Id, FileHash);

    public string? CaptionsUrl => FileHash is null || !HasCaptions ? null : VideoFiles.CaptionsUrlOf(Id, FileHash);
}

public static class FamilyVideoQueries
{
    /// <summary>The published videos, of one utility or of all, in the order of the topics and then by title.</summary>
    public static async Task<List<FamilyVideoView>> PublishedAsync(AppDbContext db, Utility? utility = null, CancellationToken cancellationToken = default)
    {
        var videos = db.FamilyVideos.AsNoTracking().Where(v => v.PublishedAt != null);
        if (utility is { } only)
        {
            videos = videos.Where(v => v.Utility == only);
        }

        return InTopicOrder(await videos.Select(View).ToListAsync(cancellationToken));
    }

    /// <summary>Every video, drafts too, for the leader's overview.</summary>
    public static async Task<List<FamilyVideoView>> AllAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        InTopicOrder(await db.FamilyVideos.AsNoTracking().Select(View).ToListAsync(cancellationToken));

    /// <summary>The topics' order (water first, internet last): the database's enum type lists its labels alphabetically.</summary>
    private static List<FamilyVideoView> InTopicOrder(List<FamilyVideoView> videos) =>
        [.. videos.OrderBy(v => v.Utility).ThenBy(v => v.Title, StringComparer.Create(Components.Shared.Dates.Dutch, ignoreCase: true))];

    private static readonly System.Linq.Expressions.Expression<Func<FamilyVideo, FamilyVideoView>> View = v => new FamilyVideoView(
        v.Id, v.Slug, v.Title, v.Utility, v.Description, v.Transcript, v.Seconds, v.YouTubeId, v.FileHash,
        v.File != null ? v.File.ContentType : null, v.PublishedAt != null, v.File != null && v.File.Captions != null);
}
