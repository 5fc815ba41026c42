using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>The demand map's popup shows a district's name as text: a district field typed as HTML stays text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemandMapTests(BrowserFixture fixture)
{
    private const string City = "Proefstad";
    private const string District = "<img src=x onerror=\"window.__hwmsInjected = 1\">";

    [Fact]
    public async Task A_district_name_that_looks_like_html_shows_as_text_in_the_popup()
    {
        await AddDistrictAsync();
        try
        {
            var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
            await editor.GotoAsync("/partner/vragen/kaart");
            await editor.WaitForSelectorAsync(".demand-count");

            string? popup = null;
            foreach (var circle in await editor.Locator("hwms-demand-map path.leaflet-interactive").AllAsync())
            {
                await circle.DispatchEventAsync("click");
                var content = editor.Locator(".leaflet-popup-content");
                await content.WaitForAsync();
                if ((await content.TextContentAsync())!.Contains(City, StringComparison.Ordinal))
                {
                    popup = await content.InnerHTMLAsync();
                    Assert.Equal(0, await content.Locator("img").CountAsync());
                    Assert.Equal($"{District}, {City}: 3 open vragen", await content.TextContentAsync());
                    break;
                }
            }

            Assert.NotNull(popup);
            Assert.Equal("undefined", await editor.EvaluateAsync<string>("typeof window.__hwmsInjected"));
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.DemandRequests.Where(r => r.School!.City == City).ExecuteDeleteAsync();
            await db.Schools.Where(s => s.City == City).ExecuteDeleteAsync();
        }
    }

    /// <summary>Three schools in one district of a town of their own, each with an open request: enough for a circle.</summary>
    private async Task AddDistrictAsync()
    {
        await using var db = fixture.CreateDbContext();
        for (var i = 0; i < 3; i++)
        {
            var school = new School
            {
                Name = $"Proefschool {i + 1}", Type = SchoolType.Secondary, Levels = [EducationLevel.Vmbo], Address = "Proefweg 1", City = City, District = District,
                Location = new Point(5.05 + (0.01 * i), 52.45) { SRID = 4326 },
            };
            db.DemandRequests.Add(new DemandRequest
            {
                School = school, Title = "Proefvraag", Level = EducationLevel.Vmbo, ClassYear = 3, Pupils = 20,
                PeriodStart = DateOnly.FromDateTime(DateTime.Today).AddDays(10), PeriodEnd = DateOnly.FromDateTime(DateTime.Today).AddDays(60),
                RadiusKm = 10, State = DemandState.Open, CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }
}
