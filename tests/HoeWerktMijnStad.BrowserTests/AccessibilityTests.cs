using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private async Task AssertNoViolationsAsync(string path, string readySelector)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(readySelector);

        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public Task The_home_page_has_no_WCAG_violations() =>
        AssertNoViolationsAsync("/", ".leaflet-marker-icon");

    [Fact]
    public async Task A_partner_page_has_no_WCAG_violations()
    {
        await using var db = fixture.CreateDbContext();
        var slug = await db.Sites.Select(s => s.Partner!.Slug).OrderBy(s => s).FirstAsync();

        await AssertNoViolationsAsync($"/partners/{slug}", ".leaflet-marker-icon");
    }

    [Fact]
    public async Task A_worksite_page_has_no_WCAG_violations()
    {
        await using var db = fixture.CreateDbContext();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var id = await db.Worksites.Where(w => w.StartDate <= today && w.EndDate >= today && w.Area != null).Select(w => w.Id).FirstAsync();

        await AssertNoViolationsAsync($"/werkplekken/{id}", ".leaflet-marker-icon");
    }

    [Fact]
    public Task The_lists_of_partners_worksites_and_activities_have_no_WCAG_violations() =>
        Task.WhenAll(AssertNoViolationsAsync("/partners", "h1"), AssertNoViolationsAsync("/werkplekken", "h1"), AssertNoViolationsAsync("/aanbod", ".card-list"));

    [Fact]
    public Task The_login_registration_and_password_pages_have_no_WCAG_violations() =>
        Task.WhenAll(
            AssertNoViolationsAsync("/inloggen", "h1"),
            AssertNoViolationsAsync("/registreren", "h1"),
            AssertNoViolationsAsync("/wachtwoord-vergeten", "h1"));

    [Fact]
    public Task The_privacy_and_accessibility_statements_have_no_WCAG_violations() =>
        Task.WhenAll(
            AssertNoViolationsAsync("/privacy", "h1"),
            AssertNoViolationsAsync("/toegankelijkheid", "h1"),
            AssertNoViolationsAsync("/account/verwijderd", "h1"));

    [Fact]
    public async Task The_account_page_with_a_refused_deletion_has_no_WCAG_violations()
    {
        var page = await fixture.SignedInPageAsync(Web.Features.Demo.DemoAccounts.Teacher);
        await page.GotoAsync("/account");
        await page.FillAsync("#account-delete", "niet het goede wachtwoord");
        await page.Locator("form.danger-zone button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#account-delete-error");

        Assert.Equal("true", await page.GetAttributeAsync("#account-delete", "aria-invalid"));
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/account:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_agenda_an_event_and_the_publishing_page_have_no_WCAG_violations()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var site = await db.Sites.OrderBy(s => s.Id).Select(s => new { s.PartnerId, s.Name, s.Address, s.Location }).FirstAsync();
            var start = DateTimeOffset.UtcNow.AddDays(10);
            db.NetworkEvents.Add(new Data.Agenda.NetworkEvent
            {
                Title = "Open dag in de werkplaats", Description = "Kijk rond in de werkplaats en praat met vakmensen.",
                Type = Data.Agenda.EventType.OpenDay, Audience = Data.Agenda.EventAudience.Teachers, PartnerId = site.PartnerId,
                StartsAt = start, EndsAt = start.AddHours(3), Place = $"{site.Name}, {site.Address}", Location = site.Location,
                Capacity = 20, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        int id;
        await using (var db = fixture.CreateDbContext())
        {
            id = await db.NetworkEvents.Where(e => e.Title == "Open dag in de werkplaats").Select(e => e.Id).FirstAsync();
        }

        await Task.WhenAll(AssertNoViolationsAsync("/agenda", ".card-list"), AssertNoViolationsAsync($"/agenda/{id}", "#signup-email"),
            AssertNoViolationsAsync("/agenda/aanmelding/onbekend", "h1"));

        var editor = await fixture.SignedInPageAsync(Web.Features.Demo.DemoAccounts.Editor);
        await editor.GotoAsync("/partner/agenda");
        await editor.Locator("button[type=submit]", new() { HasTextString = "Zet in de agenda" }).ClickAsync();
        await editor.WaitForSelectorAsync("[aria-invalid=true]");
        var violations = await Accessibility.ViolationsAsync(editor, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/partner/agenda with errors:\n{string.Join("\n", violations)}");

        // changing and calling off one of the editor's own events, with the errors shown
        int own;
        await using (var db = fixture.CreateDbContext())
        {
            var partnerId = await db.Partners.Where(p => p.Slug == Web.Features.Demo.DemoAccounts.EditorPartner).Select(p => p.Id).SingleAsync();
            var start = DateTimeOffset.UtcNow.AddDays(12);
            var session = new Data.Agenda.NetworkEvent
            {
                Title = "Online sessie over warmtepompen", Description = "Een uur voor docenten van po, vmbo en mbo.",
                Type = Data.Agenda.EventType.OnlineSession, Audience = Data.Agenda.EventAudience.Teachers, PartnerId = partnerId,
                StartsAt = start, EndsAt = start.AddHours(1), OnlineLink = "https://meet.example.nl/warmtepompen", Capacity = 40, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.NetworkEvents.Add(session);
            await db.SaveChangesAsync();
            own = session.Id;
        }

        await editor.GotoAsync($"/partner/agenda/{own}");
        await editor.FillAsync("#event-title", "");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await editor.WaitForSelectorAsync("#event-title[aria-invalid=true]");
        await editor.Locator("details.confirm summary").ClickAsync();
        violations = await Accessibility.ViolationsAsync(editor, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/partner/agenda/{own} with errors:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_embeds_and_the_partners_embed_page_have_no_WCAG_violations()
    {
        await Task.WhenAll(
            AssertNoViolationsAsync($"/insluiten/partners/{Web.Features.Demo.DemoAccounts.EditorPartner}", ".leaflet-marker-icon"),
            AssertNoViolationsAsync($"/insluiten/partners/{Web.Features.Demo.DemoAccounts.EditorPartner}/aanbod", "h1"),
            AssertNoViolationsAsync("/insluiten/kaart", ".leaflet-marker-icon"));
        var editor = await fixture.SignedInPageAsync(Web.Features.Demo.DemoAccounts.Editor);
        await editor.GotoAsync("/partner/insluiten");
        await editor.WaitForSelectorAsync("[data-copy]:not([hidden])");
        var violations = await Accessibility.ViolationsAsync(editor, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/partner/insluiten:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public Task The_open_data_page_and_the_ogc_apis_html_pages_have_no_WCAG_violations() =>
        Task.WhenAll(
            AssertNoViolationsAsync("/open-data", "h1"),
            AssertNoViolationsAsync("/ogc?f=html", "h1"),
            AssertNoViolationsAsync("/ogc/collections?f=html", "h1"),
            AssertNoViolationsAsync("/ogc/collections/events/items?f=html", "h1"),
            AssertNoViolationsAsync("/kaart?layer=events", ".map-marker--events, .map-cluster"),
            AssertNoViolationsAsync("/ogc/collections/partner-sites/items?f=html&limit=20", ".leaflet-marker-icon"),
            AssertNoViolationsAsync("/ogc/collections/partner-sites/items/1?f=html", ".leaflet-marker-icon"));

    [Fact]
    public async Task The_bookings_page_with_a_new_calendar_link_has_no_WCAG_violations()
    {
        var page = await fixture.SignedInPageAsync(Web.Features.Demo.DemoAccounts.Teacher);
        await page.GotoAsync("/mijn/boekingen");
        await page.Locator(".calendar-feed button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".calendar-feed .feed-address");

        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/mijn/boekingen:\n{string.Join("\n", violations)}");
    }
}
