using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demand;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>Matching against real PostGIS: partners placed at known distances due north of the teacher's school,
/// each failing one condition or none. A request for a company visit about energy, vmbo, within 10 km.</summary>
public sealed class DemandMatchingTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = FixedClock.At(Today).UtcNow;
        await fixture.ClearDemandAsync();
        await using var db = fixture.CreateDbContext();
        if (await db.Partners.AnyAsync(p => p.Slug == "m-near"))
        {
            return;
        }

        await fixture.PartnerNearAsync("m-near", 2.0);
        await fixture.PartnerNearAsync("m-edge", 9.5);
        await fixture.PartnerNearAsync("m-far", 10.5);
        await fixture.PartnerNearAsync("m-po-only", 3.0, levels: [EducationLevel.Po]);
        await fixture.PartnerNearAsync("m-techlab", 3.5, kind: SiteKind.TechLab);
        // mobility, no energy: fits only because it does company visits (the asked type)
        await fixture.PartnerNearAsync("m-type", 5.0, themes: [Theme.Mobiliteit]);
        await WorksitePartnerAsync(db, "m-running", 6.0, Today.AddDays(-20), Today.AddDays(70), null);
        await WorksitePartnerAsync(db, "m-finished", 6.5, Today.AddDays(-60), Today.AddDays(-3), null);
        await WorksitePartnerAsync(db, "m-later", 7.0, new DateOnly(2027, 5, 1), new DateOnly(2027, 6, 1), null);
        // the marker 11 km away, the area from 9.8 to 12.2 km: the works reach into the radius
        await WorksitePartnerAsync(db, "m-area", 11.0, Today.AddDays(-20), Today.AddDays(70), (9_800, 12_200));
        // running and near, but the works receive mbo only, or groups of 10 at most: not for a vmbo class of 24
        await WorksitePartnerAsync(db, "m-ws-mbo", 4.0, Today.AddDays(-20), Today.AddDays(70), null, levels: [EducationLevel.Mbo]);
        await WorksitePartnerAsync(db, "m-ws-small", 4.5, Today.AddDays(-20), Today.AddDays(70), null, maxGroupSize: 10);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task WorksitePartnerAsync(Data.AppDbContext db, string slug, double km, DateOnly start, DateOnly end, (double From, double To)? area,
        List<EducationLevel>? levels = null, int maxGroupSize = 30)
    {
        var partner = new Partner { Slug = slug, Name = $"Partner {slug}", Pitch = "Pitch", Themes = [Theme.Energie], AudienceLevels = [EducationLevel.Vmbo], JoinedOn = new DateOnly(2026, 1, 1) };
        var school = DemandWorld.TeacherSchool;
        Polygon? polygon = null;
        if (area is var (from, to))
        {
            var (south, north) = (DemandWorld.North(school, from).Y, DemandWorld.North(school, to).Y);
            polygon = new Polygon(new LinearRing([new(4.926, south), new(4.934, south), new(4.934, north), new(4.926, north), new(4.926, south)])) { SRID = 4326 };
        }

        db.Worksites.Add(new Worksite
        {
            Partner = partner, Title = $"Werk {slug}", Address = "Straat 1", City = "Amsterdam", StartDate = start, EndDate = end,
            Location = DemandWorld.North(school, km * 1000), Area = polygon, VisitLevels = levels ?? [EducationLevel.Vmbo], MaxGroupSize = maxGroupSize,
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<(string Slug, double Metres)>> FitsAsync(int requestId)
    {
        await using var db = fixture.CreateDbContext();
        var fits = await DemandMatching.FitsAsync(db, Today, requestId: requestId);
        var slugs = await db.Partners.ToDictionaryAsync(p => p.Id, p => p.Slug);
        return fits.Select(f => (slugs[f.PartnerId], f.DistanceMeters)).ToList();
    }

    [Fact]
    public async Task Exactly_the_partners_within_the_radius_that_fit_theme_or_type_and_level_match_nearest_first()
    {
        var request = DemandWorld.Request("Een bezoek over warmtepompen");
        request.TechLabWelcome = false;
        var id = await fixture.PostRequestAsync(request);

        var fits = await FitsAsync(id);

        Assert.Equal(["m-near", "m-type", "m-running", "m-edge", "m-area"], fits.Select(f => f.Slug));
        Assert.All(fits.Zip([2_000.0, 5_000, 6_000, 9_500, 9_800]), pair => Assert.InRange(pair.First.Metres, pair.Second - 25, pair.Second + 25));
    }

    [Fact]
    public async Task A_techlab_counts_only_when_a_techlab_is_welcome_and_a_worksite_only_when_a_worksite_visit_is()
    {
        var request = DemandWorld.Request("Een les in een lab");
        request.WorksiteWelcome = false;
        var id = await fixture.PostRequestAsync(request);

        var fits = (await FitsAsync(id)).Select(f => f.Slug).ToList();

        Assert.Contains("m-techlab", fits);
        Assert.DoesNotContain("m-running", fits);
        Assert.DoesNotContain("m-area", fits);
    }

    [Fact]
    public async Task A_larger_radius_takes_in_the_farther_partner_and_a_request_that_names_nothing_fits_every_theme()
    {
        var request = DemandWorld.Request("Iets met techniek", radiusKm: 11);
        (request.Type, request.Theme, request.TechLabWelcome) = (null, null, false);
        var id = await fixture.PostRequestAsync(request);

        var fits = (await FitsAsync(id)).Select(f => f.Slug).ToList();

        Assert.Equal(["m-near", "m-type", "m-running", "m-edge", "m-area", "m-far"], fits);
    }

    [Fact]
    public async Task A_worksite_counts_only_for_a_class_of_its_levels_and_within_its_largest_group()
    {
        var small = DemandWorld.Request("Een klein groepje", pupils: 8);
        var vmbo = await fixture.PostRequestAsync(DemandWorld.Request("Een hele klas", pupils: 24));

        var forVmbo = (await FitsAsync(vmbo)).Select(f => f.Slug).ToList();
        var forSmall = (await FitsAsync(await fixture.PostRequestAsync(small))).Select(f => f.Slug).ToList();

        Assert.DoesNotContain("m-ws-mbo", forVmbo);
        Assert.DoesNotContain("m-ws-small", forVmbo);
        Assert.Contains("m-ws-small", forSmall);
        Assert.DoesNotContain("m-ws-mbo", forSmall);
    }

    [Fact]
    public async Task A_partner_reads_its_fitting_requests_nearest_first_on_its_page()
    {
        var near = await fixture.PostRequestAsync(DemandWorld.Request("Vraag dichtbij"));
        var po = DemandWorld.Request("Vraag voor groep 7");
        (po.Level, po.ClassYear) = (EducationLevel.Po, 7);
        await fixture.PostRequestAsync(po);

        var editor = await fixture.SignedInAsync("m-near@partner.example.nl");
        var page = await editor.GetStringAsync("/partner/vragen");

        Assert.Contains($"/partner/vragen/{near}?partner=m-near", page, StringComparison.Ordinal);
        Assert.Contains("2,0 km van jullie dichtstbijzijnde plek", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Vraag voor groep 7", page, StringComparison.Ordinal);
    }
}
