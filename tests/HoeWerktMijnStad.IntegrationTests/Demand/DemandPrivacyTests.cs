using System.Net;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using HoeWerktMijnStad.Web.Features.Demand;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>Who reads what of a request: never the public; partners that fit read the school and its district,
/// and the teacher only once they have answered; other schools nothing.</summary>
public sealed class DemandPrivacyTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    /// <summary>The teacher's display name and address are the same in the booking world.</summary>
    private const string TeacherContact = SelfServiceWorld.Teacher;

    private DemandPartner _near = null!;

    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = FixedClock.At(new DateOnly(2026, 11, 23)).UtcNow;
        await fixture.ClearDemandAsync();
        await using var db = fixture.CreateDbContext();
        _near = await db.Partners.AnyAsync(p => p.Slug == "p-dichtbij")
            ? new DemandPartner(await db.Partners.Where(p => p.Slug == "p-dichtbij").Select(p => p.Id).SingleAsync(), "p-dichtbij", "Partner p-dichtbij",
                await db.Activities.Where(a => a.Partner!.Slug == "p-dichtbij").Select(a => a.Id).SingleAsync(), "p-dichtbij@partner.example.nl")
            : await fixture.PartnerNearAsync("p-dichtbij", 3);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> DemandPages() =>
        ["/mijn/vragen", "/mijn/vragen/nieuw", "/mijn/vragen/1", "/mijn/vragen/1/aanbod/1", "/partner/vragen", "/partner/vragen/1", "/partner/vragen/kaart", "/beheer/vragen"];

    [Theory]
    [MemberData(nameof(DemandPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_on_every_demand_page(string path)
    {
        await fixture.PostRequestAsync(DemandWorld.Request("Een bezoek over warmtepompen"));
        var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_never_sees_a_request_not_on_the_map_nor_in_its_api_nor_by_posting()
    {
        await fixture.PostRequestAsync(DemandWorld.Request("Geheime vraag over warmtepompen"));
        var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/map/features?layer=demand")).StatusCode);
        foreach (var page in new[] { "/", "/kaart", "/aanbod", "/partners", "/partners/p-dichtbij", "/api/map/features?layer=sites,worksites,schools" })
        {
            Assert.DoesNotContain("Geheime vraag", await anonymous.GetStringAsync(page), StringComparison.Ordinal);
        }

        var forged = await anonymous.PostAsync("/mijn/vragen/nieuw", HtmlForms.Content(new Dictionary<string, string>
        {
            ["_handler"] = "vraag", ["Input.Title"] = "Vervalst", ["Input.Pupils"] = "20", ["Input.PeriodStart"] = "2026-12-01", ["Input.PeriodEnd"] = "2026-12-31",
        }));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandRequests.AnyAsync(r => r.Title == "Vervalst"));
    }

    [Fact]
    public async Task A_fitting_partner_reads_school_and_district_and_the_teacher_only_after_answering()
    {
        await fixture.SubscribeAsync(_near, DemandMailFrequency.Immediate);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Een bezoek over warmtepompen"));
        var editor = await fixture.SignedInAsync(_near.Editor);

        var list = await editor.GetStringAsync("/partner/vragen");
        var before = await editor.GetStringAsync($"/partner/vragen/{requestId}");

        Assert.Contains("Testschool Oost (Oost, Amsterdam)", before, StringComparison.Ordinal);
        Assert.Contains("zie je zodra jullie een aanbod doen", before, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherContact, before, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherContact, list, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        var news = fixture.Smtp.OnlyMail(_near.Editor, "Nieuwe vraag: Een bezoek over warmtepompen");
        Assert.Contains("Testschool Oost in Oost, Amsterdam", news.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(TeacherContact, news.TextBody, StringComparison.Ordinal);

        var (_, after) = await editor.PostFormAsync($"/partner/vragen/{requestId}?partner=p-dichtbij", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = _near.ActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Date1"] = "2027-03-10T09:30", ["Input.Message"] = "Kom langs!",
        }, "aanbod");

        Assert.Contains("Jullie aanbod is verstuurd", after, StringComparison.Ordinal);
        Assert.Contains($"mailto:{TeacherContact}", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_that_does_not_fit_cannot_open_a_request_nor_answer_it()
    {
        var far = await fixture.PartnerNearAsync($"p-ver-{Guid.NewGuid():N}"[..20], 30);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Te ver weg"));
        var editor = await fixture.SignedInAsync(far.Editor);

        var response = await editor.GetAsync($"/partner/vragen/{requestId}");
        var (postedResponse, posted) = await editor.ForgedPostAsync("/partner/vragen", $"/partner/vragen/{requestId}", "aanbod", new Dictionary<string, string>
        {
            ["Input.PartnerSlug"] = far.Slug, ["Input.ActivityId"] = far.ActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Date1"] = "2027-03-10T09:30",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, postedResponse.StatusCode);
        Assert.DoesNotContain("Te ver weg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Te ver weg", await editor.GetStringAsync("/partner/vragen"), StringComparison.Ordinal);
        Assert.DoesNotContain("Te ver weg", posted, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandOffers.AnyAsync());
    }

    [Fact]
    public async Task Another_school_and_the_wrong_roles_read_nothing()
    {
        await fixture.OtherTeacherAsync();
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Alleen voor onze school"));

        var other = await fixture.SignedInAsync(BookingWorld.OtherTeacher);
        var response = await other.GetAsync($"/mijn/vragen/{requestId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Alleen voor onze school", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen voor onze school", await other.GetStringAsync("/mijn/vragen"), StringComparison.Ordinal);

        var (withdrawResponse, withdraw) = await other.ForgedPostAsync("/mijn/vragen/nieuw", $"/mijn/vragen/{requestId}", "vraag-intrekken", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, withdrawResponse.StatusCode);
        Assert.DoesNotContain("Je vraag is ingetrokken", withdraw, StringComparison.Ordinal);
        Assert.Equal(DemandState.Open, await fixture.RequestStateAsync(requestId));

        var teacher = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await teacher.SignInAsync(SelfServiceWorld.Teacher, SelfServiceWorld.Password);
        var editor = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await editor.SignInAsync(_near.Editor, SelfServiceWorld.Password);
        foreach (var (client, path) in new[] { (teacher, "/partner/vragen"), (teacher, "/partner/vragen/kaart"), (teacher, "/beheer/vragen"), (editor, "/mijn/vragen"), (editor, "/beheer/vragen") })
        {
            var denied = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/geen-toegang", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_editor_cannot_set_another_partners_mail_about_requests()
    {
        var other = await fixture.PartnerNearAsync($"p-ander-{Guid.NewGuid():N}"[..16], 40);
        var editor = await fixture.SignedInAsync(other.Editor);

        var (_, own) = await editor.PostFormAsync("/partner/vragen", new Dictionary<string, string> { ["Mail.Frequency"] = "Weekly" }, "vragen-mail");
        await editor.PostFormAsync("/partner/vragen", new Dictionary<string, string> { ["Mail.PartnerSlug"] = _near.Slug, ["Mail.Frequency"] = "Immediate" }, "vragen-mail");

        Assert.Contains("Opgeslagen: elke maandag een mail", own, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var subscriptions = await db.DemandSubscriptions.Select(s => new { s.PartnerId, s.Frequency }).ToListAsync();
        Assert.Equal([(other.Id, DemandMailFrequency.Weekly)], subscriptions.Select(r => (r.PartnerId, r.Frequency)));
    }

    [Fact]
    public async Task The_demand_map_counts_requests_per_district_and_never_places_a_single_school_or_names_a_teacher()
    {
        // the teacher's school is the only one in Oost: its two requests count under the region, without a place
        await fixture.PostRequestAsync(DemandWorld.Request("Eerste vraag", pupils: 20));
        await fixture.PostRequestAsync(DemandWorld.Request("Tweede vraag", pupils: 12));
        var editor = await fixture.SignedInAsync(_near.Editor);
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);

        var alone = await editor.GetStringAsync("/partner/vragen/kaart");

        Assert.Contains($"<tr><th scope=\"row\">{DemandAreas.Elsewhere}</th><td>2</td><td>30</td></tr>", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("<hwms-demand-map", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("Oost", alone, StringComparison.Ordinal);

        // three schools in Nieuw-West with a request each: that district has its circle, at the middle of its schools
        await using (var db = fixture.CreateDbContext())
        {
            var teacherId = await db.Users.Where(u => u.Email == SelfServiceWorld.Teacher).Select(u => u.Id).SingleAsync();
            foreach (var (name, longitude, latitude) in new[] { ("West A", 4.790, 52.360), ("West B", 4.800, 52.370), ("West C", 4.810, 52.380) })
            {
                var school = await db.Schools.SingleOrDefaultAsync(s => s.Name == name) ?? db.Schools.Add(new School
                {
                    Name = name, Type = SchoolType.Secondary, Levels = [EducationLevel.Vmbo], Address = "Pleinweg 1", City = "Amsterdam", District = "Nieuw-West",
                    Location = new Point(longitude, latitude) { SRID = 4326 },
                }).Entity;
                await db.SaveChangesAsync();
                db.DemandRequests.Add(DemandWorld.Request($"Vraag van {name}", pupils: 22).ToRequest(school.Id, teacherId, fixture.Clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
        }

        var page = await editor.GetStringAsync("/partner/vragen/kaart");

        Assert.Contains("<tr><th scope=\"row\">Nieuw-West, Amsterdam</th><td>3</td><td>70</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">{DemandAreas.Elsewhere}</th><td>2</td><td>30</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("data-districts=\"[{&quot;name&quot;:&quot;Nieuw-West, Amsterdam&quot;,&quot;requests&quot;:3,&quot;lon&quot;:4.8,&quot;lat&quot;:52.37}]\"", page, StringComparison.Ordinal);
        foreach (var secret in new[] { "Testschool Oost", "West A", "Eerste vraag", TeacherContact, "4.93", "52.36" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        Assert.Contains("Nieuw-West, Amsterdam", await leader.GetStringAsync("/partner/vragen/kaart"), StringComparison.Ordinal);
    }
}
