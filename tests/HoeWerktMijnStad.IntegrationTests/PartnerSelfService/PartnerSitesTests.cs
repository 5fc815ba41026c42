using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>The site and activity writes as the editor pages call them: another partner's place or activity, or one
/// removed in another window, is refused with words, never a 500; each change leaves one audit line.</summary>
public sealed class PartnerSitesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private ClaimsPrincipal EditorA { get; set; } = new();

    public async Task InitializeAsync()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        EditorA = await fixture.PrincipalAsync(SelfServiceWorld.EditorA, Roles.PartnerEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> WithAsync<TWrites, T>(Func<TWrites, Task<T>> act) where TWrites : notnull
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TWrites>());
    }

    private static SiteInput Site(string name) =>
        new() { Name = name, Address = "Werkweg 2", City = "Amsterdam", Longitude = 4.93, Latitude = 52.39 };

    [Fact]
    public async Task A_site_removed_in_another_window_is_refused_the_second_time_and_logged_once()
    {
        var partner = await fixture.EditablePartnerAsync("partner-a");
        Assert.Equal("Werkplaats Oost", (await WithAsync<PartnerSites, Outcome<string>>(w => w.SaveAsync(partner, Site("Werkplaats Oost"), EditorA))).Value);
        await using var db = fixture.CreateDbContext();
        var id = await db.Sites.Where(s => s.Name == "Werkplaats Oost").Select(s => s.Id).SingleAsync();

        var first = await WithAsync<PartnerSites, Outcome>(w => w.RemoveAsync(partner, id, EditorA));
        var second = await WithAsync<PartnerSites, Outcome>(w => w.RemoveAsync(partner, id, EditorA));

        Assert.True(first.Succeeded);
        Assert.Equal("Deze locatie bestaat niet meer; misschien is hij net verwijderd.", SiteText.Say<PartnerSelfServiceText>(Assert.Single(second.Errors)));
        Assert.False(await db.Sites.AnyAsync(s => s.Id == id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "Locatie verwijderd" && e.Subject.StartsWith("Werkplaats Oost")));
    }

    [Fact]
    public async Task Another_partners_site_cannot_be_changed_through_ones_own_partner()
    {
        var b = await fixture.EditablePartnerAsync("partner-b");
        await WithAsync<PartnerSites, Outcome<string>>(w => w.SaveAsync(b, Site("Hal van B"), EditorA));
        await using var db = fixture.CreateDbContext();
        var id = await db.Sites.Where(s => s.Name == "Hal van B").Select(s => s.Id).SingleAsync();

        var edit = Site("Overgenomen door A");
        edit.Id = id;
        var outcome = await WithAsync<PartnerSites, Outcome<string>>(async w => await w.SaveAsync(await fixture.EditablePartnerAsync("partner-a"), edit, EditorA));

        Assert.Equal(PartnerSites.Gone, Assert.Single(outcome.Errors).Code);
        Assert.Equal("Hal van B", await db.Sites.Where(s => s.Id == id).Select(s => s.Name).SingleAsync());
    }

    [Fact]
    public async Task An_activity_is_saved_with_its_audit_line_and_another_partners_activity_is_refused()
    {
        var a = await fixture.EditablePartnerAsync("partner-a");
        var input = ActivityInput.New(a.Slug);
        input.Title = "Solderen voor beginners";
        var saved = await WithAsync<PartnerActivities, Outcome<string>>(w => w.SaveAsync(a, input, EditorA));
        await using var db = fixture.CreateDbContext();
        var id = await db.Activities.Where(x => x.Title == "Solderen voor beginners").Select(x => x.Id).SingleAsync();

        var byB = await WithAsync<PartnerActivities, Outcome>(async w => await w.RemoveAsync(await fixture.EditablePartnerAsync("partner-b"), id, EditorA));

        Assert.Equal("Solderen voor beginners", saved.Value);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "Activiteit toegevoegd" && e.Subject == "Solderen voor beginners (Partner A)"));
        Assert.Equal("Deze activiteit bestaat niet meer; misschien is hij net verwijderd.", SiteText.Say<PartnerSelfServiceText>(Assert.Single(byB.Errors)));
        Assert.True(await db.Activities.AnyAsync(x => x.Id == id));
        Assert.True((await WithAsync<PartnerActivities, Outcome>(w => w.RemoveAsync(a, id, EditorA))).Succeeded);
        Assert.False(await db.Activities.AnyAsync(x => x.Id == id));
    }
}
