using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21: removing an editor from their last partner left an account with the editor role and no partner.</summary>
public sealed class EditorRemovalTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string UserId, int PartnerA, int PartnerB)> IdsAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return (user.Id, await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync(),
            await db.Partners.Where(p => p.Slug == "partner-b").Select(p => p.Id).SingleAsync());
    }

    private async Task<bool> IsEditorAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.PartnerEditor);
    }

    private async Task RemoveAsync(HttpClient leader, string userId, int partnerId)
    {
        var (response, _) = await leader.PostFormAsync("/beheer", new Dictionary<string, string> { ["Removal.Key"] = $"{partnerId}|{userId}", ["Removal.Confirmed"] = "true" }, "redacteur-weg");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task Removing_an_editor_from_one_of_two_partners_keeps_the_role_and_from_the_last_removes_it()
    {
        var (editorB, partnerA, partnerB) = await IdsAsync(SelfServiceWorld.EditorB);
        await using (var db = fixture.CreateDbContext())
        {
            db.PartnerEditors.Add(new PartnerEditor { UserId = editorB, PartnerId = partnerA });
            await db.SaveChangesAsync();
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);

        await RemoveAsync(leader, editorB, partnerA);
        Assert.True(await IsEditorAsync(SelfServiceWorld.EditorB));

        await RemoveAsync(leader, editorB, partnerB);
        Assert.False(await IsEditorAsync(SelfServiceWorld.EditorB));
        await using var check = fixture.CreateDbContext();
        Assert.False(await check.PartnerEditors.AnyAsync(e => e.UserId == editorB));
        Assert.True(await IsEditorAsync(SelfServiceWorld.EditorA));
    }
}
