using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>The worksite writes as the editor page calls them: another partner's worksite, or one removed in
/// another window, is refused with words, never a 500.</summary>
public sealed class PartnerWorksitesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private ClaimsPrincipal EditorA { get; set; } = new();

    public async Task InitializeAsync()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        EditorA = await fixture.PrincipalAsync(SelfServiceWorld.EditorA, Roles.PartnerEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static WorksiteInput Input(string title)
    {
        var input = WorksiteInput.New("partner-a", new DateOnly(2026, 11, 23));
        (input.Title, input.Address, input.City, input.Longitude, input.Latitude) = (title, "Werkweg 2", "Amsterdam", 4.93, 52.39);
        input.EndDate = input.StartDate!.Value.AddDays(30);
        return input;
    }

    [Fact]
    public async Task A_worksite_removed_in_another_window_is_refused_the_second_time_and_logged_once()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<PartnerWorksites>();
        var partner = await fixture.EditablePartnerAsync("partner-a");
        Assert.Equal("Tijdelijke put", (await writes.SaveAsync(partner, Input("Tijdelijke put"), EditorA)).Value);
        await using var db = fixture.CreateDbContext();
        var id = await db.Worksites.Where(w => w.Title == "Tijdelijke put").Select(w => w.Id).SingleAsync();

        var first = await writes.RemoveAsync(partner, id, EditorA);
        var second = await writes.RemoveAsync(partner, id, EditorA);

        Assert.True(first.Succeeded);
        Assert.Equal("Deze werkplek bestaat niet meer; misschien is hij net verwijderd.", SiteText.Say<PartnerSelfServiceText>(Assert.Single(second.Errors)));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "Werkplek verwijderd" && e.Subject.StartsWith("Tijdelijke put")));
    }

    [Fact]
    public async Task Another_partners_worksite_cannot_be_changed_through_ones_own_partner()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<PartnerWorksites>();
        var b = await fixture.EditablePartnerAsync("partner-b");
        var ofB = (await writes.SaveAsync(b, Input("Put van B"), EditorA)).Value;
        Assert.Equal("Put van B", ofB);
        await using var db = fixture.CreateDbContext();
        var id = await db.Worksites.Where(w => w.Title == "Put van B").Select(w => w.Id).SingleAsync();

        var edit = Input("Overgenomen door A");
        edit.Id = id;
        var outcome = await writes.SaveAsync(await fixture.EditablePartnerAsync("partner-a"), edit, EditorA);

        Assert.Equal(PartnerWorksites.Gone, Assert.Single(outcome.Errors).Code);
        Assert.Equal("Put van B", await db.Worksites.Where(w => w.Id == id).Select(w => w.Title).SingleAsync());
    }
}
