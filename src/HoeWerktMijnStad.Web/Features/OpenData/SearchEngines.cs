using System.Globalization;
using System.Text;
using System.Xml;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Family;
using HoeWerktMijnStad.Web.Infrastructure;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>/sitemap.xml (every public page, with lastmod) and /robots.txt (private and admin pages out). Addresses are
/// the canonical ones, on <c>Site:BaseUrl</c>.</summary>
public static class SearchEngines
{
    /// <summary>Paths no search engine should crawl: signed-in areas, forms, feeds with secret addresses, admin.</summary>
    public static readonly IReadOnlyList<string> Private =
    [
        "/beheer", "/partner/", "/mijn/", "/account", "/inloggen", "/registreren", "/uitloggen", "/wachtwoord", "/uitnodiging",
        "/agenda/school/", "/agenda/partner/", "/kinderfeestjes/boeking/", "/techniek-is-een-feest/kinderfeestjes/gereserveerd", "/leren/goede-voorbeelden", "/api/", "/status/", "/fout",
    ];

    /// <summary>Public pages whose content lives in the code (so it changes with a release).</summary>
    private static readonly string[] StaticPages =
    [
        "/", "/kaart", "/aanbod", "/partners", "/werkplekken", "/leren", "/leren/lesbrieven", "/leren/rondleidingen",
        "/techniek-is-een-feest", "/techniek-is-een-feest/proefjes", "/techniek-is-een-feest/uitjes", "/techniek-is-een-feest/videos",
        "/techniek-is-een-feest/kinderfeestjes", "/techniek-is-een-feest/co2-huis", "/agenda", "/open-data", "/ogc", "/privacy", "/toegankelijkheid",
    ];

    public static IEndpointRouteBuilder MapSearchEngines(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (IOptions<SiteOptions> site) =>
        {
            var text = new StringBuilder("User-agent: *\n");
            foreach (var path in Private)
            {
                text.Append("Disallow: ").Append(path).Append('\n');
            }

            text.Append("\nSitemap: ").Append(site.Value.BaseUrl.TrimEnd('/')).Append("/sitemap.xml\n");
            return Results.Text(text.ToString(), "text/plain; charset=utf-8");
        });
        endpoints.MapGet("/sitemap.xml", async (IDbContextFactory<AppDbContext> dbFactory, IOptions<SiteOptions> site, TimeProvider clock,
            CancellationToken cancellationToken) =>
        {
            var entries = await EntriesAsync(dbFactory, clock, cancellationToken);
            return Results.Bytes(Write(site.Value.BaseUrl.TrimEnd('/'), entries), "application/xml; charset=utf-8");
        });
        return endpoints;
    }

    /// <summary>Every public page and the day it last changed, as far as the data knows it: lessons and tours have
    /// their own stamp; a partner its last map status change (or the day it joined); a worksite its start; an
    /// activity its partner's day; pages in the code the day this build was made.</summary>
    public static async Task<List<(string Path, DateOnly LastModified)>> EntriesAsync(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        var built = DateOnly.FromDateTime(File.GetLastWriteTimeUtc(typeof(SearchEngines).Assembly.Location));
        var today = AmsterdamTime.Today(clock);
        var entries = StaticPages.Select(p => (p, built)).ToList();
        entries.AddRange(Topics.All.Select(t => ($"/techniek-is-een-feest/gespreksonderwerpen/{t.Slug}", built)));
        entries.AddRange(Experiments.All.Select(e => ($"/techniek-is-een-feest/proefjes/{e.Slug}", built)));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.MapStatus == MapStatus.OnMap)
            .Select(p => new { p.Id, p.Slug, p.JoinedOn, Changed = db.MapStatusChanges.Where(c => c.PartnerId == p.Id).Max(c => (DateTimeOffset?)c.At) })
            .ToListAsync(cancellationToken);
        var partnerDays = partners.ToDictionary(p => p.Id, p => p.Changed is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : p.JoinedOn);
        entries.AddRange(partners.Select(p => ($"/partners/{p.Slug}", partnerDays[p.Id])));

        var activities = await db.Activities.AsNoTracking().Listed().Select(a => new { a.Id, a.PartnerId }).ToListAsync(cancellationToken);
        entries.AddRange(activities.Select(a => (string.Create(CultureInfo.InvariantCulture, $"/aanbod/{a.Id}"), partnerDays[a.PartnerId])));

        var worksites = await db.Worksites.AsNoTracking().Where(w => w.Partner!.MapStatus == MapStatus.OnMap && w.EndDate >= today)
            .Select(w => new { w.Id, w.StartDate }).ToListAsync(cancellationToken);
        entries.AddRange(worksites.Select(w => (string.Create(CultureInfo.InvariantCulture, $"/werkplekken/{w.Id}"), w.StartDate < today ? w.StartDate : today)));

        var lessons = await db.Lessons.AsNoTracking().Where(l => l.PublishedAt != null).Select(l => new { l.Slug, l.Kind, l.UpdatedAt }).ToListAsync(cancellationToken);
        entries.AddRange(lessons.Select(l => ($"{(l.Kind == LessonKind.LessonLetter ? "/leren/lesbrieven/" : "/leren/activiteiten/")}{l.Slug}",
            DateOnly.FromDateTime(l.UpdatedAt.UtcDateTime))));

        var tours = await db.VirtualTours.AsNoTracking().Where(t => t.PublishedAt != null).Select(t => new { t.Slug, t.UpdatedAt }).ToListAsync(cancellationToken);
        entries.AddRange(tours.Select(t => ($"/leren/rondleidingen/{t.Slug}", DateOnly.FromDateTime(t.UpdatedAt.UtcDateTime))));

        // the agenda's coming events (called-off ones leave), changed on the day they were published or last edited
        var now = clock.GetUtcNow();
        var events = await db.NetworkEvents.AsNoTracking()
            .Where(e => e.EndsAt > now && e.CancelledAt == null && (e.PartnerId == null || e.Partner!.MapStatus == MapStatus.OnMap))
            .Select(e => new { e.Id, Changed = e.UpdatedAt ?? e.CreatedAt }).ToListAsync(cancellationToken);
        entries.AddRange(events.Select(e => (Agenda.AgendaLabels.Url(e.Id), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Changed, AmsterdamTime.Zone).DateTime))));
        return entries;
    }

    private static byte[] Write(string site, IEnumerable<(string Path, DateOnly LastModified)> entries)
    {
        using var text = new MemoryStream();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, lastModified) in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site + path);
                xml.WriteElementString("lastmod", lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToArray();
    }
}
