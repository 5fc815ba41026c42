using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

public static class FamilyVideoSetup
{
    /// <summary>The hosted video files. The address holds the file's hash, so a published file can be cached for
    /// good; seeking sends range requests, which the response honours. A draft's file is for the leader only.</summary>
    public static IEndpointRouteBuilder MapFamilyVideoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/gezinsvideos/{id:int}/{hash}", async (int id, string hash, HttpContext context,
            IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            var leader = context.User.IsInRole(Roles.ProgrammeLeader);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var file = await db.FamilyVideos.AsNoTracking()
                .Where(v => v.Id == id && v.FileHash == hash && v.File != null && (leader || v.PublishedAt != null))
                .Select(v => new { v.File!.Bytes, v.File.ContentType, Published = v.PublishedAt != null })
                .SingleOrDefaultAsync(cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = file.Published ? "public, max-age=31536000, immutable" : "private, no-store";
            return Results.File(file.Bytes, file.ContentType, entityTag: new EntityTagHeaderValue($"\"{hash}\""), enableRangeProcessing: true);
        });

        // the captions can change without the video: a short cache, so a correction shows within minutes
        endpoints.MapGet("/media/gezinsvideos/{id:int}/{hash}/ondertitels.vtt", async (int id, string hash, HttpContext context,
            IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            var leader = context.User.IsInRole(Roles.ProgrammeLeader);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var captions = await db.FamilyVideos.AsNoTracking()
                .Where(v => v.Id == id && v.FileHash == hash && v.File != null && v.File.Captions != null && (leader || v.PublishedAt != null))
                .Select(v => new { v.File!.Captions, Published = v.PublishedAt != null })
                .SingleOrDefaultAsync(cancellationToken);
            if (captions is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = captions.Published ? "public, max-age=300" : "private, no-store";
            return Results.Text(captions.Captions!, "text/vtt", System.Text.Encoding.UTF8);
        });
        return endpoints;
    }
}
