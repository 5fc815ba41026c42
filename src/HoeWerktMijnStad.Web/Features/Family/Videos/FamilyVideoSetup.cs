using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

public static class FamilyVideoSetup
{
    /// <summary>The most a single response reads from the database. A player asks for "the rest of the file" and
    /// gets this much; it asks again for the next part as it plays, so no request holds 40 MB in memory.</summary>
    public const int ChunkBytes = 2 * 1024 * 1024;

    /// <summary>How long a shared cache may keep a published video: the longest it can stay visible after it went offline.</summary>
    public static readonly TimeSpan PublishedLifetime = TimeSpan.FromDays(1);

    public static WebApplicationBuilder AddHwmsFamilyVideos(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FamilyVideoWrites>();
        return builder;
    }

    /// <summary>The hosted video files. The address holds the file's hash, so a published file can be cached (a day, see
    /// PublishedLifetime). A draft's file is for the leader only.</summary>
    public static IEndpointRouteBuilder MapFamilyVideoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/gezinsvideos/{id:int}/{hash}", [HttpMethods.Get, HttpMethods.Head], async (int id, string hash, HttpContext context,
            IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            var leader = context.User.IsInRole(Roles.ProgrammeLeader);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // what the file is, without its bytes: a 304 or a refused range costs no read of the video
            var file = await db.FamilyVideos.AsNoTracking()
                .Where(v => v.Id == id && v.FileHash == hash && v.File != null && (leader || v.PublishedAt != null))
                .Select(v => new { v.File!.SizeBytes, v.File.ContentType, Published = v.PublishedAt != null })
                .SingleOrDefaultAsync(cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            var part = VideoRanges.Requested(context.Request, file.SizeBytes, ChunkBytes);
            if (part is null)
            {
                // a bare 416 with the file's size, not the site's status page
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
                context.Response.Headers.ContentRange = $"bytes */{file.SizeBytes}";
                return Results.StatusCode(StatusCodes.Status416RangeNotSatisfiable);
            }

            var etag = new EntityTagHeaderValue($"\"{hash}\"");
            var headers = context.Response.GetTypedHeaders();
            // the hash in the address changes with the file, but taking a video offline must still reach shared
            // caches: a day, not immutable for a year (issue 21); the ETag makes a revalidation cheap
            headers.CacheControl = file.Published
                ? new CacheControlHeaderValue { Public = true, MaxAge = PublishedLifetime }
                : new CacheControlHeaderValue { Private = true, NoStore = true };
            headers.ETag = etag;
            context.Response.Headers.AcceptRanges = "bytes";
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var head = HttpMethods.IsHead(context.Request.Method);
            if (!part.IsPartial)
            {
                // the whole file, streamed from the database as it is sent
                context.Response.ContentLength = file.SizeBytes;
                return head ? Results.Empty : Results.Stream(body => VideoFiles.CopyToAsync(dbFactory, id, hash, body, cancellationToken), file.ContentType);
            }

            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {part.From}-{part.From + part.Length - 1}/{file.SizeBytes}";
            if (head)
            {
                context.Response.ContentLength = part.Length;
                return Results.Empty;
            }

            // the part, only while the file is still the one this address names (the leader may replace it)
            var bytes = (await db.Database.SqlQuery<byte[]>($"""
                SELECT substring(f.bytes from {(int)part.From + 1} for {part.Length}) AS "Value"
                FROM family_video_files f JOIN family_videos v ON v.id = f.video_id
                WHERE f.video_id = {id} AND v.file_hash = {hash}
                """).ToListAsync(cancellationToken)).SingleOrDefault();
            return bytes is null ? Results.NotFound() : Results.Bytes(bytes, file.ContentType);
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
