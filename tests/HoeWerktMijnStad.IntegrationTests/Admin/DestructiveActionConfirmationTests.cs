using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>Issue 17 §4: destructive admin actions take a second, explicit step that names what goes, without JavaScript.</summary>
public sealed class DestructiveActionConfirmationTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Blocking_an_account_asks_first_naming_it_and_only_the_confirmation_blocks()
    {
        string teacherId;
        await using (var db = fixture.CreateDbContext())
        {
            teacherId = await db.Users.Where(u => u.Email == SelfServiceWorld.Teacher).Select(u => u.Id).SingleAsync();
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var (_, asked) = await leader.PostFormAsync("/beheer/accounts",
            new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "true" }, "account-blokkeren");
        Assert.Contains($"Ja, blokkeer {SelfServiceWorld.Teacher}", asked, StringComparison.Ordinal);
        Assert.Contains("alle open sessies van dit account eindigen meteen", asked, StringComparison.Ordinal);
        Assert.False(await BlockedAsync(teacherId));

        var (_, confirmed) = await leader.PostFormAsync("/beheer/accounts",
            new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "true", ["Change.Confirmed"] = "true" }, "account-blokkeren");
        Assert.Contains($"{SelfServiceWorld.Teacher} is geblokkeerd.", confirmed, StringComparison.Ordinal);
        Assert.True(await BlockedAsync(teacherId));
        await leader.PostFormAsync("/beheer/accounts", new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "false" }, "account-blokkeren");
        Assert.False(await BlockedAsync(teacherId));
    }

    [Fact]
    public async Task Removing_an_editor_asks_first_naming_the_editor_and_the_partner()
    {
        string editorId;
        int partnerId;
        await using (var db = fixture.CreateDbContext())
        {
            editorId = await db.Users.Where(u => u.Email == SelfServiceWorld.EditorA).Select(u => u.Id).SingleAsync();
            partnerId = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var (_, asked) = await leader.PostFormAsync("/beheer", new Dictionary<string, string> { ["Removal.Key"] = $"{partnerId}|{editorId}" }, "redacteur-weg");
        Assert.Contains($"Ja, verwijder {SelfServiceWorld.EditorA} bij Partner A", asked, StringComparison.Ordinal);
        Assert.Contains("de rol redacteur vervalt", asked, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.True(await check.PartnerEditors.AnyAsync(e => e.UserId == editorId && e.PartnerId == partnerId));
    }

    [Fact]
    public async Task Withdrawing_content_slots_and_jobs_sit_behind_a_question_and_a_job_starts_only_from_the_list()
    {
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var jobs = await leader.GetStringAsync("/beheer/achtergrondtaken");
        Assert.Contains("<details class=\"confirm\">", jobs, StringComparison.Ordinal);
        Assert.Contains("Ja, start bewaartermijnen nu", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, start kaart-maandafsluiting nu", jobs, StringComparison.Ordinal);

        var (_, started) = await leader.PostFormAsync("/beheer/achtergrondtaken", new Dictionary<string, string> { ["Taak"] = "bewaartermijnen" }, "taak-starten");
        Assert.Contains("bewaartermijnen is gestart.", started, StringComparison.Ordinal);
        var (_, refused) = await leader.PostFormAsync("/beheer/achtergrondtaken", new Dictionary<string, string> { ["Taak"] = "kaart-maandafsluiting" }, "taak-starten");
        Assert.DoesNotContain("is gestart.", refused, StringComparison.Ordinal);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostAsync("/beheer/achtergrondtaken", HtmlForms.Content(new Dictionary<string, string> { ["Taak"] = "bewaartermijnen", ["_handler"] = "taak-starten" }));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(["bewaartermijnen"], await db.AuditEntries.Where(a => a.Action == "Achtergrondtaak met de hand gestart").Select(a => a.Subject).ToListAsync());

        // Hangfire's own dashboard only shows: no buttons that start or delete a job
        var recurring = await leader.GetStringAsync("/beheer/jobs/recurring");
        Assert.DoesNotContain("js-jobs-list-command", recurring, StringComparison.Ordinal);
    }

    private async Task<bool> BlockedAsync(string userId)
    {
        await using var db = fixture.CreateDbContext();
        var end = await db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync();
        return end > DateTimeOffset.UtcNow;
    }
}
