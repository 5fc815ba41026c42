using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>Issue 17 §6: a refused offer keeps "Een nieuwe activiteit" chosen and every typed field of it.</summary>
public sealed class OfferKeepsInputTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task A_refused_offer_of_a_new_activity_keeps_the_choice_and_the_typed_fields()
    {
        var partner = await fixture.PartnerNearAsync($"o-nieuw-{Guid.NewGuid():N}"[..16], 2);
        var december = await fixture.PostRequestAsync(DemandWorld.Request("Alleen in december", from: new DateOnly(2026, 12, 1), to: new DateOnly(2026, 12, 31)));
        var editor = await fixture.SignedInAsync(partner.Editor);

        var (_, refused) = await editor.PostFormAsync($"/partner/vragen/{december}?partner={partner.Slug}", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = "0", ["Input.NewTitle"] = "Warmtepompen van dichtbij", ["Input.NewType"] = "GuestLesson",
            ["Input.NewDurationMinutes"] = "75", ["Input.NewPlace"] = "", ["Input.Date1"] = "2027-01-12T10:00", ["Input.Message"] = "Graag!",
        }, "aanbod");

        Assert.Contains("Kies data in die periode.", refused, StringComparison.Ordinal);
        Assert.Matches("<option value=\"0\" selected", refused);
        Assert.DoesNotMatch($"<option value=\"{partner.ActivityId}\" selected", refused);
        Assert.Contains("value=\"Warmtepompen van dichtbij\"", refused, StringComparison.Ordinal);
        Assert.Matches("<option value=\"GuestLesson\" selected", refused);
        Assert.Contains("value=\"75\"", refused, StringComparison.Ordinal);
        Assert.Matches("<option value=\"\" selected", refused);
        Assert.Contains("value=\"2027-01-12T10:00:00\"", refused, StringComparison.Ordinal);
        Assert.Contains("Graag!</textarea>", refused, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandOffers.AnyAsync());
    }
}
