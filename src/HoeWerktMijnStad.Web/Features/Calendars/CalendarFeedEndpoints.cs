using System.Security.Cryptography;
using System.Text;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Calendars;

/// <summary>The calendar feeds people subscribe to: a school's and a partner's private feed (the token is the key, so
/// no sign-in: calendar programs cannot sign in), and public feeds. Each answer has a strong ETag and gives 304
/// when it did not change; DTSTAMP is the day, so a feed's text changes only when its events do (or once a day).</summary>
public static class CalendarFeedEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/agenda/school/{token}.ics", async (string token, HttpContext context, CalendarFeeds feeds, CalendarFeedContents contents,
            TimeProvider clock, CancellationToken cancellationToken) =>
            await feeds.FindAsync(FeedOwner.School, token, cancellationToken) is { } schoolId
                ? Feed(context, clock, "Schoolbezoeken", await contents.SchoolAsync(schoolId, cancellationToken), privateFeed: true)
                : Results.NotFound());
        endpoints.MapGet("/agenda/partner/{token}.ics", async (string token, HttpContext context, CalendarFeeds feeds, CalendarFeedContents contents,
            TimeProvider clock, CancellationToken cancellationToken) =>
            await feeds.FindAsync(FeedOwner.Partner, token, cancellationToken) is { } partnerId
                ? Feed(context, clock, "Bezoeken en kinderfeestjes", await contents.PartnerAsync(partnerId, cancellationToken), privateFeed: true)
                : Results.NotFound());
        endpoints.MapGet("/agenda/partners/{slug}/open-tijden.ics", async (string slug, HttpContext context, CalendarFeedContents contents,
            TimeProvider clock, CancellationToken cancellationToken) =>
            await contents.OpenTimesAsync(slug, cancellationToken) is ({ } partner, var events)
                ? Feed(context, clock, $"Vrije tijden bij {partner}", events, privateFeed: false)
                : Results.NotFound());
        return endpoints;
    }

    public static string OpenTimesPath(string slug) => $"/agenda/partners/{slug}/open-tijden.ics";

    private static IResult Feed(HttpContext context, TimeProvider clock, string name, IEnumerable<CalendarEvent> events, bool privateFeed)
    {
        var day = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var body = Encoding.UTF8.GetBytes(BookingCalendar.Write(BookingCalendar.Publish, "Agenda", day, events, $"{name} — Hoe Werkt Mijn Stad"));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 16)}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;

        // a private feed's address is its key: no shared cache may keep it, and no search engine list it
        headers.CacheControl = new CacheControlHeaderValue { Private = privateFeed, Public = !privateFeed, MaxAge = TimeSpan.FromMinutes(5) };
        if (privateFeed)
        {
            context.Response.Headers["X-Robots-Tag"] = "noindex";
        }

        return context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, ContentType);
    }
}
