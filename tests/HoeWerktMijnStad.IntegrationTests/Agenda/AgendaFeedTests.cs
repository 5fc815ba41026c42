using System.Net;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Agenda;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Agenda;

/// <summary>The public feed at /agenda.ics, parsed by a calendar library; the events as a map layer; who may publish.</summary>
public sealed class AgendaFeedTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task The_feed_holds_the_coming_events_filtered_by_type_and_audience_without_online_links()
    {
        var online = await fixture.EventAsync(type: EventType.OnlineSession, audience: EventAudience.Everyone, title: "Zoomsessie waterstof");
        var openDay = await fixture.EventAsync(type: EventType.OpenDay, audience: EventAudience.SecondaryTeachers, title: "Open dag TechLab");
        var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/agenda.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(AgendaWorld.ZoomLink, text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        var uids = calendar.Events.Select(e => e.Uid).ToList();
        Assert.Contains(AgendaCalendar.Uid(online), uids);
        Assert.Contains(AgendaCalendar.Uid(openDay), uids);
        var day = calendar.Events.Single(e => e.Uid == AgendaCalendar.Uid(openDay));
        Assert.Equal("Open dag TechLab (Open dag)", day.Summary);
        Assert.Equal(AgendaWorld.Wednesday.UtcDateTime, day.Start!.AsUtc);
        Assert.Equal("Europe/Amsterdam", day.Start.TzId);
        Assert.NotNull(day.GeographicLocation);

        var openDays = Calendar.Load(await client.GetStringAsync("/agenda.ics?soort=open-dag"))!;
        Assert.DoesNotContain(openDays.Events, e => e.Uid == AgendaCalendar.Uid(online));
        Assert.Contains(openDays.Events, e => e.Uid == AgendaCalendar.Uid(openDay));
        // an event for everyone is also for mbo teachers; an open day for vmbo teachers is not
        var mbo = Calendar.Load(await client.GetStringAsync("/agenda.ics?publiek=mbo"))!;
        Assert.Contains(mbo.Events, e => e.Uid == AgendaCalendar.Uid(online));
        Assert.DoesNotContain(mbo.Events, e => e.Uid == AgendaCalendar.Uid(openDay));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/agenda.ics?soort=verzonnen")).StatusCode);

        // the map layer holds the events with a place, not the online ones
        var layer = await client.GetStringAsync("/api/agenda");
        Assert.Contains("Open dag TechLab", layer, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoomsessie waterstof", layer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_publish_their_own_events_the_leader_those_of_the_network_and_nobody_else_publishes()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        var anonymous = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/partner/agenda");
        Assert.Contains("/inloggen", anonymous.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        Assert.DoesNotContain("Nieuw evenement", await teacher.GetStringAsync("/partner/agenda"), StringComparison.Ordinal);

        await using (var setup = fixture.CreateDbContext())
        {
            var a = await setup.Partners.SingleAsync(p => p.Slug == "partner-a");
            if (!await setup.Sites.AnyAsync(s => s.PartnerId == a.Id))
            {
                setup.Sites.Add(new Site
                {
                    PartnerId = a.Id, Name = "TechLab A", Kind = SiteKind.TechLab, Address = "Werkplaatsweg 1", City = "Amsterdam",
                    Location = new NetTopologySuite.Geometries.Point(4.9, 52.37) { SRID = 4326 },
                });
                await setup.SaveChangesAsync();
            }
        }

        var editorA = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var form = await editorA.GetStringAsync("/partner/agenda");
        Assert.Contains("TechLab A", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Het netwerk (Hoe Werkt Mijn Stad)", form, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        var partnerA = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        var partnerB = await db.Partners.Where(p => p.Slug == "partner-b").Select(p => p.Id).SingleAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Matchmaking installatietechniek",
            ["Input.Description"] = "Scholen en bedrijven vinden elkaar.",
            ["Input.Type"] = nameof(EventType.Matchmaking),
            ["Input.Audience"] = nameof(EventAudience.Everyone),
            ["Input.PartnerId"] = partnerB.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Date"] = "2026-12-09",
            ["Input.StartTime"] = "15:00",
            ["Input.EndTime"] = "17:00",
            ["Input.Place"] = "",
            ["Input.OnlineLink"] = "http://niet-veilig.example.nl",
            ["Input.Capacity"] = "40",
        };
        var refused = (await editorA.PostFormAsync("/partner/agenda", fields, "evenement")).Html;
        Assert.Contains("Kies een organisator waarvoor je evenementen mag publiceren.", refused, StringComparison.Ordinal);
        Assert.Contains("Vul een volledige link in die begint met https://.", refused, StringComparison.Ordinal);
        Assert.Contains("Matchmaking installatietechniek", refused, StringComparison.Ordinal);
        Assert.False(await db.NetworkEvents.AnyAsync(e => e.Title == "Matchmaking installatietechniek"));

        fields["Input.PartnerId"] = partnerA.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.OnlineLink"] = "";
        fields["Input.Place"] = (await db.Sites.Where(s => s.PartnerId == partnerA).Select(s => "site:" + s.Id).FirstAsync());
        var published = (await editorA.PostFormAsync("/partner/agenda", fields, "evenement")).Html;
        Assert.Contains("Matchmaking installatietechniek staat in de agenda.", published, StringComparison.Ordinal);
        var saved = await db.NetworkEvents.SingleAsync(e => e.Title == "Matchmaking installatietechniek");
        Assert.Equal((partnerA, 40), (saved.PartnerId!.Value, saved.Capacity));
        Assert.NotNull(saved.Location);
    }
}
