using HoeWerktMijnStad.Data.Embeds;

namespace HoeWerktMijnStad.Web.Features.Embeds;

public static class EmbedSetup
{
    public static WebApplicationBuilder AddHwmsEmbeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EmbedStats>();
        return builder;
    }

    /// <summary>/insluiten/naar: a link followed out of an embed. It counts the click and sends the visitor on to a
    /// page of this site only (a local path), never elsewhere.</summary>
    public static WebApplication MapEmbedEndpoints(this WebApplication app)
    {
        app.MapGet($"{EmbedLinks.Root}/naar", async (string? soort, string? partner, string? pad, EmbedStats stats, CancellationToken cancellationToken) =>
        {
            if (pad is not { Length: > 0 } || pad[0] != '/' || pad.StartsWith("//", StringComparison.Ordinal) || pad.Contains('\\', StringComparison.Ordinal))
            {
                return Results.Redirect("/");
            }

            var kind = Enum.GetValues<EmbedKind>().Cast<EmbedKind?>().FirstOrDefault(k => k!.Value.ToString().Equals(soort, StringComparison.OrdinalIgnoreCase));
            int? partnerId = int.TryParse(partner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
            if (kind is not null && (partnerId is not null || kind == EmbedKind.Map))
            {
                try
                {
                    await stats.CountClickAsync(partnerId, kind.Value, cancellationToken);
                }
                catch (Microsoft.EntityFrameworkCore.DbUpdateException)
                {
                    // an unknown partner id counts nothing; the visitor still goes on
                }
                catch (Npgsql.PostgresException)
                {
                }
            }

            return Results.Redirect(pad);
        });
        return app;
    }
}
