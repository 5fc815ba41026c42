using System.Net;
using HoeWerktMijnStad.Data.Embeds;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Embeds;

/// <summary>Views and clicks of the embeds, counted per day and partner with nothing about the visitor, on the dashboard.</summary>
public sealed class EmbedCountTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task Views_and_clicks_are_counted_per_day_and_partner_and_shown_on_the_dashboard()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        int partnerA;
        await using (var db = fixture.CreateDbContext())
        {
            partnerA = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        }

        var visitor = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        // twenty views at once, from as many visitors: none lost
        var views = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => visitor.GetAsync("/insluiten/partners/partner-a")));
        Assert.All(views, v => Assert.Equal(HttpStatusCode.OK, v.StatusCode));
        await visitor.GetAsync("/insluiten/partners/partner-a/aanbod");
        await visitor.GetAsync("/insluiten/kaart");

        var click = await visitor.GetAsync($"/insluiten/naar?soort=card&partner={partnerA}&pad=%2Fpartners%2Fpartner-a");
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Equal("/partners/partner-a", click.Headers.Location?.ToString());
        Assert.False(click.Headers.Contains("Set-Cookie"));
        // only to this site's own pages
        var away = await visitor.GetAsync($"/insluiten/naar?soort=card&partner={partnerA}&pad=%2F%2Fevil.example.nl");
        Assert.Equal("/", away.Headers.Location?.ToString());

        await using (var db = fixture.CreateDbContext())
        {
            var today = HoeWerktMijnStad.Web.Infrastructure.Time.AmsterdamTime.Today(fixture.Clock);
            var rows = await db.EmbedDays.Where(d => d.Day == today).ToListAsync();
            Assert.Equal((20, 1), rows.Where(r => r.PartnerId == partnerA && r.Kind == EmbedKind.Card).Select(r => (r.Views, r.Clicks)).Single());
            Assert.Equal(1, rows.Single(r => r.PartnerId == partnerA && r.Kind == EmbedKind.Offer).Views);
            Assert.Equal(1, rows.Single(r => r.PartnerId == null && r.Kind == EmbedKind.Map).Views);
        }

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var dashboard = await editor.GetStringAsync("/partner");
        Assert.Matches(@"<th scope=""row"">Kaartje</th><td>20</td><td>1</td>", dashboard);
        var codes = await editor.GetStringAsync("/partner/insluiten?partner=partner-a");
        Assert.Contains("/insluiten/partners/partner-a/aanbod", codes, StringComparison.Ordinal);
        Assert.Contains("20 keer getoond, 1 keer doorgeklikt", codes, StringComparison.Ordinal);
    }
}
