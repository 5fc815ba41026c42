using System.Text;
using System.Threading.RateLimiting;

namespace HoeWerktMijnStad.Web.Features.Agenda;

public static class AgendaSetup
{
    /// <summary>Anyone may sign up with a name and an address, and every sign-up mails: per address
    /// Agenda:PostsPer10Minutes (10) posts of the sign-up forms.</summary>
    public const string RateLimit = "agenda";

    public static WebApplicationBuilder AddHwmsAgenda(this WebApplicationBuilder builder)
    {
        var posts = builder.Configuration.GetValue("Agenda:PostsPer10Minutes", 10);
        builder.Services.AddRateLimiter(options => options.AddPolicy(RateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = posts, Window = TimeSpan.FromMinutes(10) })
            : RateLimitPartition.GetNoLimiter("lezen")));
        builder.Services.AddScoped<AgendaSignUps>();
        builder.Services.AddScoped<AgendaPublishing>();
        builder.Services.AddScoped<AgendaQueries>();
        builder.Services.AddScoped<AgendaMails>();
        builder.Services.AddSingleton<AgendaLinks>();
        return builder;
    }

    /// <summary>The public feed (<c>/agenda.ics?soort=…&amp;publiek=…</c>), one event's calendar file, and the events
    /// with a place as a GeoJSON layer for the map.</summary>
    public static WebApplication MapAgendaEndpoints(this WebApplication app)
    {
        app.MapGet("/agenda.ics", async (string? soort, string? publiek, AgendaQueries queries, Infrastructure.Email.SiteMail mail, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var type = AgendaLabels.TypeOf(soort);
            var audience = AgendaLabels.AudienceOf(publiek);
            if ((soort is not null && type is null) || (publiek is not null && audience is null))
            {
                return Results.NotFound();
            }

            var events = await queries.UpcomingAsync(type, audience, cancellationToken: cancellationToken);
            var name = "Agenda Hoe Werkt Mijn Stad" + (type is null ? "" : $": {AgendaLabels.Of(type.Value)}") + (audience is null ? "" : $" ({AgendaLabels.Of(audience.Value)})");
            var ics = AgendaCalendar.Feed(events, id => mail.Link(AgendaLabels.Url(id)), clock.GetUtcNow(), name);
            return Results.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
        });

        app.MapGet("/agenda/{id:int}/agenda.ics", async (int id, AgendaQueries queries, Infrastructure.Email.SiteMail mail, TimeProvider clock, CancellationToken cancellationToken) =>
            await queries.FindAsync(id, cancellationToken) is { } e
                ? Results.File(Encoding.UTF8.GetBytes(AgendaCalendar.Feed([e], i => mail.Link(AgendaLabels.Url(i)), clock.GetUtcNow(), e.Title)),
                    "text/calendar; charset=utf-8", $"evenement-{id}.ics")
                : Results.NotFound());

        app.MapGet("/api/agenda", async (string? soort, string? publiek, AgendaQueries queries, CancellationToken cancellationToken) =>
        {
            var events = await queries.UpcomingAsync(AgendaLabels.TypeOf(soort), AgendaLabels.AudienceOf(publiek), onMapOnly: true, cancellationToken: cancellationToken);
            return Results.Json(new
            {
                type = "FeatureCollection",
                features = events.Select(e => new
                {
                    type = "Feature",
                    id = e.Id,
                    geometry = new { type = "Point", coordinates = new[] { Math.Round(e.Longitude!.Value, 6), Math.Round(e.Latitude!.Value, 6) } },
                    properties = new
                    {
                        kind = "event",
                        title = e.Title,
                        eventType = AgendaLabels.Of(e.Type),
                        when = e.When,
                        place = e.Place,
                        url = AgendaLabels.Url(e.Id),
                        placesLeft = e.PlacesLeft,
                    },
                }),
            }, contentType: "application/geo+json");
        });

        return app;
    }
}
