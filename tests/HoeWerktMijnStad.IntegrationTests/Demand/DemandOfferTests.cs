using System.Globalization;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>A partner's answer through the offer form: a new activity made for the request, the refusals that keep
/// what was typed, and a request the school takes back.</summary>
public sealed class DemandOfferTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = FixedClock.At(new DateOnly(2026, 11, 23)).UtcNow;
        await fixture.ClearDemandAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_partner_offers_a_new_activity_made_for_the_request_and_the_teacher_hears_of_it()
    {
        var partner = await fixture.PartnerNearAsync($"o-nieuw-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Een bezoek over warmtepompen", pupils: 34));
        int siteId;
        await using (var db = fixture.CreateDbContext())
        {
            siteId = await db.Sites.Where(s => s.PartnerId == partner.Id).Select(s => s.Id).SingleAsync();
        }

        var editor = await fixture.SignedInAsync(partner.Editor);
        var form = await editor.GetStringAsync($"/partner/vragen/{requestId}?partner={partner.Slug}");
        // its company visit takes 30 at most: for a class of 34 only a new activity will do
        Assert.DoesNotContain($"<option value=\"{partner.ActivityId}\"", form, StringComparison.Ordinal);

        var (_, html) = await editor.PostFormAsync($"/partner/vragen/{requestId}?partner={partner.Slug}", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = "0", ["Input.NewTitle"] = "Warmtepompen in de werkplaats", ["Input.NewType"] = "CompanyVisit",
            ["Input.NewDurationMinutes"] = "120", ["Input.NewPlace"] = $"site:{Id(siteId)}",
            ["Input.Date1"] = "2027-03-10T09:30", ["Input.Date2"] = "2027-03-11T13:00", ["Input.Message"] = "Twee groepen van 17, elk met een monteur.",
        }, "aanbod");

        Assert.Contains("Jullie aanbod is verstuurd", html, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            var offer = await db.DemandOffers.Include(o => o.Activity).SingleAsync();
            Assert.Equal(("Warmtepompen in de werkplaats", BookingMode.OnRequest, 34, siteId), (offer.Activity!.Title, offer.Activity.BookingMode, offer.Activity.MaxGroupSize, offer.Activity.SiteId));
            Assert.Equal([EducationLevel.Vmbo], offer.Activity.Levels);
            Assert.Equal(2, offer.Dates.Count);
            Assert.Equal(["Aanbod gedaan op een vraag", "Activiteit toegevoegd"],
                await db.AuditEntries.Where(a => a.PartnerId == partner.Id).OrderBy(a => a.Action).Select(a => a.Action).ToListAsync());
        }

        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, $"Aanbod op je vraag: {partner.Name}");
        Assert.Contains("woensdag 10 maart 2027, 09:30; donderdag 11 maart 2027, 13:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/mijn/vragen/{requestId}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_that_does_not_suit_the_request_is_refused_with_the_reason_and_keeps_what_was_typed()
    {
        var partner = await fixture.PartnerNearAsync($"o-fout-{Guid.NewGuid():N}"[..16], 2);
        var big = await fixture.PostRequestAsync(DemandWorld.Request("Een grote klas", pupils: 40));
        var december = await fixture.PostRequestAsync(DemandWorld.Request("Alleen in december", from: new DateOnly(2026, 12, 1), to: new DateOnly(2026, 12, 31)));
        var editor = await fixture.SignedInAsync(partner.Editor);

        var (_, tooSmall) = await editor.PostFormAsync($"/partner/vragen/{big}?partner={partner.Slug}", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = Id(partner.ActivityId), ["Input.Date1"] = "2027-01-12T10:00", ["Input.Message"] = "Wij hebben plek!",
        }, "aanbod");
        var (_, wrongMonth) = await editor.PostFormAsync($"/partner/vragen/{december}?partner={partner.Slug}", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = Id(partner.ActivityId), ["Input.Date1"] = "2027-01-12T10:00",
        }, "aanbod");

        Assert.Contains("Kies een activiteit voor vmbo 3 met 40 leerlingen, of maak een nieuwe.", tooSmall, StringComparison.Ordinal);
        Assert.Contains("Wij hebben plek!</textarea>", tooSmall, StringComparison.Ordinal);
        Assert.Contains("De school zoekt een datum van 1 december t/m 31 december 2026. Kies data in die periode.", wrongMonth, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandOffers.AnyAsync());
    }

    [Fact]
    public async Task A_techlab_or_worksite_the_school_did_not_ask_for_or_a_worksite_not_running_then_is_refused_and_keeps_the_input()
    {
        var partner = await fixture.PartnerNearAsync($"o-plek-{Guid.NewGuid():N}"[..16], 2);
        int techLabId, worksiteId;
        await using (var db = fixture.CreateDbContext())
        {
            var techLab = new Site { PartnerId = partner.Id, Name = "Ons TechLab", Kind = SiteKind.TechLab, Address = "Weg 2", City = "Amsterdam", Location = DemandWorld.North(DemandWorld.TeacherSchool, 2500) };
            // works from 1 December to 31 January only
            var worksite = new Worksite
            {
                PartnerId = partner.Id, Title = "Warmtenet Oost", Address = "Straat 1", City = "Amsterdam", StartDate = new DateOnly(2026, 12, 1), EndDate = new DateOnly(2027, 1, 31),
                Location = DemandWorld.North(DemandWorld.TeacherSchool, 3000), VisitLevels = [EducationLevel.Vmbo], MaxGroupSize = 30,
            };
            db.AddRange(techLab, worksite);
            await db.SaveChangesAsync();
            (techLabId, worksiteId) = (techLab.Id, worksite.Id);
        }

        var noLabs = DemandWorld.Request("Geen lab, geen werkplek");
        (noLabs.TechLabWelcome, noLabs.WorksiteWelcome) = (false, false);
        var closedDoors = await fixture.PostRequestAsync(noLabs);
        var open = await fixture.PostRequestAsync(DemandWorld.Request("Alles welkom"));
        var editor = await fixture.SignedInAsync(partner.Editor);
        Task<(HttpResponseMessage, string Html)> OfferNewAsync(int requestId, string place, string date) =>
            editor.PostFormAsync($"/partner/vragen/{requestId}?partner={partner.Slug}", new Dictionary<string, string>
            {
                ["Input.ActivityId"] = "0", ["Input.NewTitle"] = "Kijken bij de monteurs", ["Input.NewType"] = "CompanyVisit",
                ["Input.NewDurationMinutes"] = "90", ["Input.NewPlace"] = place, ["Input.Date1"] = date,
            }, "aanbod");

        var (_, lab) = await OfferNewAsync(closedDoors, $"site:{Id(techLabId)}", "2027-01-12T10:00");
        var (_, works) = await OfferNewAsync(closedDoors, $"worksite:{Id(worksiteId)}", "2027-01-12T10:00");
        var (_, ended) = await OfferNewAsync(open, $"worksite:{Id(worksiteId)}", "2027-02-09T10:00");

        Assert.Contains("De school vraagt geen les in een TechLab.", lab, StringComparison.Ordinal);
        Assert.Contains("De school vraagt geen bezoek aan een werkplek.", works, StringComparison.Ordinal);
        Assert.Contains("De werkplek Warmtenet Oost loopt van 1 december 2026 t/m 31 januari 2027. Kies data waarop daar gewerkt wordt.", ended, StringComparison.Ordinal);
        Assert.Contains("value=\"Kijken bij de monteurs\"", ended, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.DemandOffers.AnyAsync());
        }

        var (_, running) = await OfferNewAsync(open, $"worksite:{Id(worksiteId)}", "2027-01-12T10:00");
        Assert.Contains("Jullie aanbod is verstuurd", running, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_offered_on_a_request_stays_and_the_editor_is_told_why()
    {
        var partner = await fixture.PartnerNearAsync($"o-weg-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Blijft de activiteit?"));
        await fixture.OfferAsync(requestId, partner, new DateTime(2027, 2, 2, 10, 0, 0));
        var editor = await fixture.SignedInAsync(partner.Editor);

        var (_, html) = await editor.PostFormAsync($"/partner/aanbod?partner={partner.Slug}&activiteit={Id(partner.ActivityId)}",
            new Dictionary<string, string> { ["Remove.PartnerSlug"] = partner.Slug, ["Remove.Id"] = Id(partner.ActivityId) }, "activiteit-weg");

        Assert.Contains("Deze activiteit is aangeboden op een vraag van een school en blijft daarom bestaan.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(DemandOfferState.Open, await db.DemandOffers.Where(o => o.ActivityId == partner.ActivityId).Select(o => o.State).SingleAsync());
        // the database refuses it too
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM activities WHERE id = {partner.ActivityId}"));
    }

    [Fact]
    public async Task A_partner_answers_a_request_once()
    {
        var partner = await fixture.PartnerNearAsync($"o-twee-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Eén antwoord"));
        await fixture.OfferAsync(requestId, partner, new DateTime(2027, 2, 2, 10, 0, 0));

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<DemandOffers>()
            .OfferAsync(requestId, new Web.Features.PartnerSelfService.EditablePartner(partner.Id, partner.Slug, partner.Name),
                await DemandWorld.EditorAsync(fixture, partner.Editor), new OfferInput { ActivityId = partner.ActivityId, Date1 = new DateTime(2027, 2, 3, 10, 0, 0) });

        Assert.Equal(DemandOffers.Answered, again.Errors.Single().Code);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.DemandOffers.CountAsync());
    }

    [Fact]
    public async Task An_offer_made_while_the_school_takes_its_request_back_is_refused()
    {
        var partner = await fixture.PartnerNearAsync($"o-race-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Net ingetrokken"));

        // the withdrawal has changed the row but not committed when the partner's offer arrives
        var result = await fixture.WhileUncommittedAsync(
            $"UPDATE demand_requests SET state = 'withdrawn', closed_at = now() WHERE id = {Id(requestId)}",
            async () =>
            {
                await using var scope = fixture.Factory.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<DemandOffers>().OfferAsync(requestId,
                    new Web.Features.PartnerSelfService.EditablePartner(partner.Id, partner.Slug, partner.Name),
                    await DemandWorld.EditorAsync(fixture, partner.Editor), new OfferInput { ActivityId = partner.ActivityId, Date1 = new DateTime(2027, 2, 2, 10, 0, 0) });
            });

        Assert.Equal(DemandRequests.NotOpen, result.Errors.Single().Code);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandOffers.AnyAsync());
    }

    [Fact]
    public async Task The_school_takes_its_request_back_and_the_partners_that_answered_hear_it()
    {
        var partner = await fixture.PartnerNearAsync($"o-terug-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Toch niet nodig"));
        await fixture.OfferAsync(requestId, partner, new DateTime(2027, 2, 2, 10, 0, 0));
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (_, html) = await teacher.PostFormAsync($"/mijn/vragen/{requestId}", new Dictionary<string, string>(), "vraag-intrekken");

        Assert.Contains("Je vraag is ingetrokken", html, StringComparison.Ordinal);
        Assert.Equal(DemandState.Withdrawn, await fixture.RequestStateAsync(requestId));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(DemandOfferState.Closed, await db.DemandOffers.Select(o => o.State).SingleAsync());
        }

        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("heeft de vraag ingetrokken", fixture.Smtp.OnlyMail(partner.Editor, "Je aanbod is gesloten: Toch niet nodig").TextBody, StringComparison.Ordinal);
        var editor = await fixture.SignedInAsync(partner.Editor);
        Assert.Contains("Gesloten", await editor.GetStringAsync($"/partner/vragen?partner={partner.Slug}"), StringComparison.Ordinal);
    }
}
