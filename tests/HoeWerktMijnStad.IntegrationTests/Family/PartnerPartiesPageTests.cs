using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The partner's page for kids' parties, through its forms as a browser without JavaScript posts them.</summary>
public sealed class PartnerPartiesPageTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Page = "/partner/kinderfeestjes?partner=partner-a";

    [Fact]
    public async Task The_partner_opens_a_party_only_on_a_wednesday_afternoon_or_in_the_weekend()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        await fixture.PartyAsync(); // makes sure partner A has its TechLab
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Solderen voor beginners", ["Input.Description"] = "Maak een knipperlicht.", ["Input.Date"] = "2026-12-01",
            ["Input.Start"] = "14:00", ["Input.End"] = "16:00", ["Input.MinAge"] = "8", ["Input.MaxAge"] = "12", ["Input.CapacityChildren"] = "10",
        };

        var (_, refused) = await editor.PostFormAsync(Page, fields, "feestje-toevoegen");
        Assert.Contains("Kinderfeestjes zijn op woensdagmiddag of in het weekend.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Solderen voor beginners\"", refused, StringComparison.Ordinal);

        fields["Input.Date"] = "2026-12-05";
        var (_, added) = await editor.PostFormAsync(Page, fields, "feestje-toevoegen");
        Assert.Contains("Het feestje staat open voor ouders.", added, StringComparison.Ordinal);
        Assert.Contains("Solderen voor beginners", await fixture.Factory.CreateClient().GetStringAsync("/techniek-is-een-feest/kinderfeestjes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_declines_a_request_with_a_message_and_the_places_come_free()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        const string parent = "ouder-afgewezen@thuis.example.nl";
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form(parent, children: 4))).Done);
        await fixture.Factory.DeliverMailAsync();
        Assert.True((await fixture.PartiesAsync(p => p.ConfirmByParentAsync(fixture.ParentToken(parent)))).Done);
        await using var db = fixture.CreateDbContext();
        var bookingId = await db.PartyBookings.Where(b => b.Email == parent).Select(b => b.Id).SingleAsync();

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var page = await editor.GetStringAsync(Page);
        Assert.Contains("06 12345678", page, StringComparison.Ordinal);
        var (_, answered) = await editor.PostFormAsync(Page,
            new Dictionary<string, string> { ["Antwoord"] = "afwijzen", ["Bericht"] = "Die dag is het lab bezet." }, $"feestje-antwoord-{bookingId}");

        Assert.Contains("Afgewezen: de ouder krijgt een mail en de plaatsen zijn weer vrij.", answered, StringComparison.Ordinal);
        Assert.Equal((PartyBookingState.Declined, 0), await fixture.StateAsync(slotId));
        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Die dag is het lab bezet.", fixture.Smtp.LastTo(parent).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_room_with_parents_bookings_cannot_be_deleted()
    {
        fixture.Clock.UtcNow = PartyWorld.Monday;
        var slotId = await fixture.PartyAsync();
        Assert.True((await fixture.HoldAsync(slotId, PartyWorld.Form("ouder-lokaal@thuis.example.nl", children: 2))).Done);
        int siteId;
        await using (var db = fixture.CreateDbContext())
        {
            siteId = await db.PartySlots.Where(s => s.Id == slotId).Select(s => s.SiteId).SingleAsync();
        }

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var (_, html) = await editor.PostFormAsync($"/partner/locaties?partner=partner-a&locatie={siteId}",
            new Dictionary<string, string> { ["Remove.PartnerSlug"] = "partner-a", ["Remove.Id"] = siteId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "locatie-weg");

        Assert.Contains("Deze locatie heeft kinderfeestjes met boekingen van ouders.", html, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.True(await check.Sites.AnyAsync(s => s.Id == siteId));
        Assert.Equal(2, await check.PartySlots.Where(s => s.Id == slotId).Select(s => s.BookedChildren).SingleAsync());
    }
}
