using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Campaign;

public static class CampaignSetup
{
    public static WebApplicationBuilder AddHwmsCampaign(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CampaignDesigns>();
        builder.Services.AddScoped<VanDesigns>();
        builder.Services.AddScoped<CampaignQueries>();
        return builder;
    }

    /// <summary>The QR redirect (counted, never cached: every scan must reach us), the designs' images and the stickers.</summary>
    public static WebApplication MapCampaignEndpoints(this WebApplication app)
    {
        app.MapGet("/q/{code}", async (string code, HttpContext context, VanDesigns vans, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return code.Length == Data.Campaign.VanDesign.CodeLength && await vans.ScanAsync(code, cancellationToken) is { } target
                ? Results.Redirect(target)
                : Results.NotFound();
        });

        // published designs for everyone; the leader also sees those waiting for a decision
        app.MapGet("/campagne/ontwerpen/{id:int}/afbeelding", async (int id, ClaimsPrincipal user, CampaignQueries queries, CancellationToken cancellationToken) =>
            await queries.ImageAsync(id, publishedOnly: !user.IsInRole(Roles.ProgrammeLeader), cancellationToken) is { } image
                ? Results.File(image.Bytes, image.Type)
                : Results.NotFound());

        app.MapGet("/partner/campagne/{id:int}/sticker.{format}", async (int id, string format, ClaimsPrincipal user, PartnerAccess access, CampaignQueries queries,
            SiteMail mail, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<int>? mine = user.IsInRole(Roles.ProgrammeLeader) ? null : (await access.EditableAsync(user, cancellationToken)).Select(p => p.Id).ToList();
            if (format is not ("svg" or "png") || await queries.StickerAsync(id, mine, mail.Link, cancellationToken) is not { } sticker)
            {
                return Results.NotFound();
            }

            return format == "svg"
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(VanSticker.Svg(sticker)), "image/svg+xml", $"busje-{id}.svg")
                : Results.File(VanSticker.Png(sticker), "image/png", $"busje-{id}.png");
        }).RequireAuthorization(PartnerAccess.Policy);
        return app;
    }
}
