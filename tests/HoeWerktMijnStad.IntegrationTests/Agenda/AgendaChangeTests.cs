using System.Globalization;
using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Agenda;
using HoeWerktMijnStad.Web.Features.Privacy;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Agenda;

/// <summary>A publisher changes and calls off an event; the people signed up hear of it in their mail and calendar;
/// their names go under the retention rule; the map, the OGC API, the sitemap and the page describe the events.</summary>
public sealed class AgendaChangeTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static string Address(string who) => $"{who.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24] + "@school.example.nl";

    /// <summary>Signs up with a name and address and follows the link in the mail.</summary>
    private async Task<string> ConfirmedAsync(int eventId, string who)
    {
        var address = Address(who);
        Assert.True((await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, who, address, null))).Succeeded);
        await fixture.Factory.DeliverMailAsync();
        Assert.True((await fixture.SignUpsAsync(s => s.ConfirmAsync(fixture.SignUpToken(address)))).Succeeded);
        return address;
    }

    private static Dictionary<string, string> Fields(int capacity, string start, string place = AgendaPublishing.KeepPlace) => new()
    {
        ["Input.Title"] = "Open dag warmtepompen",
        ["Input.Description"] = "Kijk mee in de werkplaats.",
        ["Input.Type"] = nameof(EventType.OpenDay),
        ["Input.Audience"] = nameof(EventAudience.Everyone),
        ["Input.Date"] = "2026-12-02",
        ["Input.StartTime"] = start,
        ["Input.EndTime"] = "17:30",
        ["Input.Place"] = place,
        ["Input.OnlineLink"] = "",
        ["Input.Capacity"] = capacity.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_change_moves_the_waiting_list_up_and_updates_invitations_and_calling_off_mails_everyone_and_cancels_in_the_feed()
    {
        var eventId = await fixture.EventAsync(capacity: 2, type: EventType.OpenDay, title: "Open dag warmtepompen");
        await using (var db = fixture.CreateDbContext())
        {
            var partnerA = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
            Assert.Equal(partnerA, await db.NetworkEvents.Where(e => e.Id == eventId).Select(e => e.PartnerId).SingleAsync());
        }

        var first = await ConfirmedAsync(eventId, "Eerste");
        var second = await ConfirmedAsync(eventId, "Tweede");
        var waiting = await ConfirmedAsync(eventId, "Wachtende");
        await fixture.Factory.DeliverMailAsync();
        Assert.Equal(EventSignUpState.Waiting, (await fixture.StatesAsync(eventId))[waiting]);

        // another partner's editor cannot change it
        var editorB = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var page = $"/partner/agenda/{eventId}";
        Assert.Contains("Dit evenement kun je niet wijzigen", await editorB.GetStringAsync(page), StringComparison.Ordinal);

        var editorA = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var fields = Fields(1, "16:00");
        await using (var db = fixture.CreateDbContext())
        {
            fields["Input.PartnerId"] = (await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);
        }

        var tooSmall = (await editorA.PostFormAsync(page, fields, "evenement-wijzigen")).Html;
        Assert.Contains("Er hebben al 2 mensen een plaats: kies minstens zoveel plaatsen.", tooSmall, StringComparison.Ordinal);

        fields["Input.Capacity"] = "3";
        var saved = (await editorA.PostFormAsync(page, fields, "evenement-wijzigen")).Html;
        Assert.Contains("Open dag warmtepompen is bijgewerkt.", saved, StringComparison.Ordinal);
        Assert.Contains("16:00", saved, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        Assert.Equal(3, await fixture.RegisteredAsync(eventId));
        Assert.Equal("REQUEST", fixture.Smtp.OnlyMail(waiting, "er is een plaats voor je vrijgekomen").Invitation().ContentTypeMethod);
        foreach (var placed in new[] { first, second })
        {
            var (calendar, method) = fixture.Smtp.OnlyMail(placed, "gewijzigd").Invitation();
            var changed = Assert.Single(calendar.Events);
            Assert.Equal(("REQUEST", AgendaCalendar.Uid(eventId), 1), (method, changed.Uid, changed.Sequence));
            Assert.Equal(AgendaWorld.Wednesday.AddHours(1).UtcDateTime, changed.Start!.AsUtc);
        }

        // calling off asks for a reason, then mails everyone with a place a cancellation
        var cancel = new Dictionary<string, string> { ["Cancel.Reason"] = "" };
        Assert.Contains("Schrijf kort waarom het evenement niet doorgaat.", (await editorA.PostFormAsync(page, cancel, "afgelasten")).Html, StringComparison.Ordinal);
        cancel["Cancel.Reason"] = "De werkplaats wordt verbouwd.";
        var cancelled = (await editorA.PostFormAsync(page, cancel, "afgelasten")).Html;
        Assert.Contains("Open dag warmtepompen is afgelast.", cancelled, StringComparison.Ordinal);
        Assert.Contains("Dit evenement gaat niet door.", cancelled, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        foreach (var placed in new[] { first, second, waiting })
        {
            var mail = fixture.Smtp.OnlyMail(placed, "gaat niet door");
            Assert.Contains("De werkplaats wordt verbouwd.", mail.TextBody, StringComparison.Ordinal);
            var (calendar, method) = mail.Invitation();
            var called = Assert.Single(calendar.Events);
            Assert.Equal(("CANCEL", "CANCELLED", 2), (method, called.Status, called.Sequence));
        }

        // the feed keeps it as cancelled with the higher SEQUENCE; nobody signs up; it leaves the map
        var client = fixture.Factory.CreateClient();
        var feed = Ical.Net.Calendar.Load(await client.GetStringAsync("/agenda.ics"))!;
        var inFeed = Assert.Single(feed.Events, e => e.Uid == AgendaCalendar.Uid(eventId));
        Assert.Equal(("CANCELLED", 2), (inFeed.Status, inFeed.Sequence));
        var late = await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, "Laat", Address("laat"), null));
        Assert.Equal(AgendaSignUps.Cancelled, Assert.Single(late.Errors).Code);
        Assert.DoesNotContain("Open dag warmtepompen", await client.GetStringAsync("/api/map/features?layer=events"), StringComparison.Ordinal);
        Assert.Contains("Dit evenement is afgelast: wijzigen kan niet meer.", await editorA.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_and_addresses_of_sign_ups_are_erased_with_their_mails_once_the_event_is_past_the_retention_period()
    {
        var old = await fixture.EventAsync(capacity: 5, type: EventType.Workshop, title: "Workshop solderen");
        var coming = await fixture.EventAsync(capacity: 5, type: EventType.Workshop, title: "Workshop meten");
        var oldAddress = await ConfirmedAsync(old, "Oud");
        var comingAddress = await ConfirmedAsync(coming, "Straks");
        await fixture.Factory.DeliverMailAsync();
        await using (var db = fixture.CreateDbContext())
        {
            // the old workshop was 40 days ago: the constraint allows moving a past event's times directly
            var e = await db.NetworkEvents.SingleAsync(x => x.Id == old);
            e.StartsAt = fixture.Clock.GetUtcNow().AddDays(-40);
            e.EndsAt = e.StartsAt.AddHours(2);
            await db.SaveChangesAsync();
        }

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<RetentionJobs>();
            Assert.True(await jobs.EraseEventSignUpsAsync() >= 1);
            Assert.Equal(0, await jobs.EraseEventSignUpsAsync()); // a second run changes nothing
        }

        await using var check = fixture.CreateDbContext();
        var erased = await check.EventSignUps.SingleAsync(s => s.EventId == old);
        Assert.Equal(("", "", EventSignUpState.Registered), (erased.Name, erased.Email, erased.State));
        Assert.NotNull(erased.ErasedAt);
        Assert.False(await check.OutboxEmails.AnyAsync(m => m.ToAddress == oldAddress));
        Assert.True(await check.EventSignUps.AnyAsync(s => s.EventId == coming && s.Email == comingAddress));
        Assert.True(await check.OutboxEmails.AnyAsync(m => m.ToAddress == comingAddress));
        Assert.Equal(1, await fixture.RegisteredAsync(old));
    }

    [Fact]
    public async Task Events_are_a_map_layer_an_ogc_collection_with_null_geometry_online_in_the_sitemap_and_described_on_their_page()
    {
        var openDay = await fixture.EventAsync(capacity: 30, type: EventType.OpenDay, title: "Open dag laadpalen");
        var online = await fixture.EventAsync(capacity: 30, type: EventType.OnlineSession, title: "Zoomsessie netcongestie");
        var client = fixture.Factory.CreateClient();

        // the map: places only, as their own layer, and only when asked
        var map = await client.GetStringAsync("/api/map/features?layer=events");
        Assert.Contains("Open dag laadpalen", map, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoomsessie netcongestie", map, StringComparison.Ordinal);
        Assert.DoesNotContain("Open dag laadpalen", await client.GetStringAsync("/api/map/features"), StringComparison.Ordinal);
        var mapPage = await client.GetStringAsync("/kaart?layer=events");
        Assert.Contains("Evenementen uit de agenda", mapPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/agenda/{openDay}\"", mapPage, StringComparison.Ordinal);

        // the OGC collection: online events too, with a null geometry; datetime on the event's days; bbox
        var items = JsonDocument.Parse(await client.GetStringAsync("/ogc/collections/events/items?limit=1000")).RootElement.GetProperty("features").EnumerateArray().ToList();
        var onlineItem = Assert.Single(items, f => f.GetProperty("id").GetInt32() == online);
        Assert.Equal(JsonValueKind.Null, onlineItem.GetProperty("geometry").ValueKind);
        var placed = Assert.Single(items, f => f.GetProperty("id").GetInt32() == openDay);
        Assert.Equal("Point", placed.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("2026-12-02", placed.GetProperty("properties").GetProperty("start").GetString());
        async Task<List<int>> IdsAsync(string query) =>
            JsonDocument.Parse(await client.GetStringAsync($"/ogc/collections/events/items?limit=1000&{query}")).RootElement
                .GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(openDay, await IdsAsync("datetime=2026-12-02"));
        Assert.Contains(openDay, await IdsAsync("datetime=2026-12-01T12:00:00Z/2026-12-02T14:30:00Z"));
        Assert.DoesNotContain(openDay, await IdsAsync("datetime=2026-12-03/.."));
        Assert.DoesNotContain(openDay, await IdsAsync("datetime=../2026-12-01"));
        var inBox = await IdsAsync("bbox=4.8,52.3,5.0,52.4");
        Assert.Contains(openDay, inBox);
        Assert.DoesNotContain(online, inBox);
        Assert.DoesNotContain(openDay, await IdsAsync("bbox=5.5,52.0,5.6,52.1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/ogc/collections/events/items/{online}")).StatusCode);

        // the sitemap lists each coming event with the day it was published
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Matches($@"<loc>[^<]+/agenda/{openDay}</loc>\s*<lastmod>2026-11-23</lastmod>", sitemap);

        // the page describes itself as a schema.org Event, online as a virtual location without the call's link
        var eventPage = await client.GetStringAsync($"/agenda/{online}");
        var json = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(eventPage, "<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        var data = JsonDocument.Parse(json).RootElement;
        Assert.Equal(("Event", "https://schema.org/OnlineEventAttendanceMode", "VirtualLocation"),
            (data.GetProperty("@type").GetString(), data.GetProperty("eventAttendanceMode").GetString(), data.GetProperty("location").GetProperty("@type").GetString()));
        Assert.DoesNotContain(AgendaWorld.ZoomLink, json, StringComparison.Ordinal);
    }
}
