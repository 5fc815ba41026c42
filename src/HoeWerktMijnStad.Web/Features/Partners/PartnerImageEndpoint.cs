using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Partners;

/// <summary>Serves partner logos and photos. A new upload gets a new id, so a URL never shows other bytes;
/// the bytes are our own re-encoding, never what was uploaded.</summary>
public static class PartnerImageEndpoint
{
    public static IEndpointRouteBuilder MapPartnerImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/afbeeldingen/{id:guid}", async (Guid id, HttpContext context, IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var image = await db.PartnerImages.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new { i.Bytes, i.ContentType }).SingleOrDefaultAsync(cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            // a day, not for ever: a photo an editor removes (of a person, say) should not linger in caches
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(image.Bytes, image.ContentType, entityTag: new EntityTagHeaderValue($"\"{id:N}\""));
        });
        return endpoints;
    }
}
