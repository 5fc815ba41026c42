using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>The schools' average mark: always on the partner's dashboard, on the public page from three evaluations.</summary>
public sealed class PublicMarkTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private Task<int> CompletedVisitAsync(int mark, bool consent, string wentWell = "Goede uitleg bij de machines") =>
        fixture.CompletedVisitAsync(mark, consent, wentWell);

    [Fact]
    public async Task The_public_page_shows_the_average_mark_only_from_three_evaluations_and_the_dashboard_always()
    {
        await CompletedVisitAsync(7, consent: false);
        await CompletedVisitAsync(9, consent: true, wentWell: "De leerlingen mochten zelf solderen");
        var anonymous = fixture.Factory.CreateClient();
        Assert.DoesNotContain("Scholen geven gemiddeld", await anonymous.GetStringAsync("/partners/partner-a"), StringComparison.Ordinal);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var dashboard = await editor.GetStringAsync("/partner");
        Assert.Contains("Gemiddeld cijfer 8,0</strong> uit 2 evaluaties", dashboard, StringComparison.Ordinal);
        Assert.Contains("De leerlingen mochten zelf solderen", dashboard, StringComparison.Ordinal);
        Assert.Contains("vanaf 3 evaluaties", dashboard, StringComparison.Ordinal);

        await CompletedVisitAsync(8, consent: false);
        Assert.Contains("Scholen geven gemiddeld een <strong>8,0</strong> (3 evaluaties)", await anonymous.GetStringAsync("/partners/partner-a"), StringComparison.Ordinal);
        Assert.DoesNotContain("Scholen geven gemiddeld", await anonymous.GetStringAsync("/partners/partner-b"), StringComparison.Ordinal);
    }
}
