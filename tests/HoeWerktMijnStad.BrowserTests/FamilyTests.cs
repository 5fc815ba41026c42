using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>The family corner as a parent on a phone tries it: an experiment and its print view, a trip on the
/// family map, and a kids' party booked and confirmed from the mail.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FamilyTests(BrowserFixture fixture)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_parent_on_a_phone_picks_an_experiment_and_prints_it()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/techniek-is-een-feest");
        await AssertAccessibleAsync(page);
        await page.ClickAsync("a:has-text('Drinkwater')");
        await page.WaitForSelectorAsync("h1:has-text('Drinkwater')");
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/techniek-is-een-feest/proefjes?leeftijd=7");
        await AssertAccessibleAsync(page);
        await page.ClickAsync("a:has-text('Bouw een windmolen van papier')");
        await page.WaitForSelectorAsync("h1:has-text('Bouw een windmolen van papier')");
        // hidden in the page, shown by assets/family.js: it needs the script to print
        await page.Locator("button[data-print]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await AssertAccessibleAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync(), "no site header on paper");
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync(), "no buttons on paper");
        Assert.True(await page.Locator(".experiment__steps li").First.IsVisibleAsync());
        Assert.True(await page.Locator(".print-only").IsVisibleAsync(), "the page's address is printed");
    }

    [Fact]
    public async Task The_trips_show_on_the_family_map_and_in_its_list()
    {
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/techniek-is-een-feest/uitjes");
        await page.WaitForSelectorAsync(".mini-map .leaflet-marker-icon");
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/kaart?layer=trips");
        await page.WaitForSelectorAsync(".leaflet-marker-icon.map-marker--trips, .leaflet-marker-icon.map-cluster");
        Assert.Equal(Trips.All.Length, await page.Locator("li.result--trips").CountAsync());
        await page.ClickAsync("li.result--trips a:has-text('Micropia')");
        await page.WaitForSelectorAsync("#uitje-6:has-text('Micropia')");
    }

    [Fact]
    public async Task A_parent_finds_the_trips_near_home_with_the_phones_location()
    {
        // at home in Amsterdam-Zuidoost: the ArenA's solar roof is near, NEMO is not
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight, new Geolocation { Latitude = 52.3101f, Longitude = 4.9502f });
        await page.GotoAsync("/kaart?layer=trips");
        await page.WaitForSelectorAsync("li.result--trips");
        await page.WaitForSelectorAsync("hwms-map-explorer:not([aria-busy]) .leaflet-marker-icon");
        Assert.True(await page.Locator("li.result--trips:has-text('NEMO')").CountAsync() > 0, "before: every trip");

        await page.ClickAsync("button:has-text('Zoek bij mij in de buurt')");

        // the list follows the address, which holds the place rounded to about 100 m
        try
        {
            await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('near') === '4.950000,52.310000'");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no near point in {page.Url}; the map said: '{await page.Locator("[data-map-status]").TextContentAsync()}'");
        }

        await page.WaitForSelectorAsync("li.result--trips:has-text('Johan Cruijff ArenA')");
        await page.Locator("li.result--trips:has-text('NEMO')").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        // the map has drawn the new results too before axe looks
        await page.WaitForSelectorAsync("hwms-map-explorer:not([aria-busy])");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_parent_books_a_kids_party_and_confirms_it_from_the_mail()
    {
        const string parent = "ouder.feestje@thuis.example.nl";
        var page = await fixture.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync("/techniek-is-een-feest/kinderfeestjes");
        await AssertAccessibleAsync(page);
        await page.Locator("ul.parties h2 a").First.ClickAsync();
        await page.WaitForSelectorAsync("h2:has-text('Reserveren')");
        await AssertAccessibleAsync(page);

        // first without details: the form says what is missing and keeps what was typed
        await page.FillAsync("#party-children", "6");
        await page.ClickAsync("button:has-text('Reserveren')");
        await page.WaitForSelectorAsync(".form-errors");
        Assert.Equal("6", await page.InputValueAsync("#party-children"));
        await AssertAccessibleAsync(page);

        await page.FillAsync("#party-age-from", "8");
        await page.FillAsync("#party-age-to", "9");
        await page.FillAsync("#party-name", "Sanne de Ouder");
        await page.FillAsync("#party-email", parent);
        await page.FillAsync("#party-phone", "06 12345678");
        await page.CheckAsync("#party-consent");
        await page.ClickAsync("button:has-text('Reserveren')");
        await page.WaitForSelectorAsync("h1:has-text('check je mail')");
        await AssertAccessibleAsync(page);

        string link;
        await using (var db = fixture.CreateDbContext())
        {
            var mail = await db.OutboxEmails.Where(m => m.ToAddress == parent).OrderBy(m => m.Id).FirstAsync();
            link = Link().Match(mail.TextBody).Value;
        }

        await page.GotoAsync(link);
        await page.WaitForSelectorAsync("text=bevestig je reservering");
        await AssertAccessibleAsync(page);
        await page.ClickAsync("button:has-text('Reservering bevestigen')");
        await page.WaitForSelectorAsync("text=Bevestigd! Je aanvraag is naar de partner gestuurd.");
        await AssertAccessibleAsync(page);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(PartyBookingState.Requested, await db.PartyBookings.Where(b => b.Email == parent).Select(b => b.State).SingleAsync());
        }
    }

    [GeneratedRegex(@"/kinderfeestjes/boeking/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
