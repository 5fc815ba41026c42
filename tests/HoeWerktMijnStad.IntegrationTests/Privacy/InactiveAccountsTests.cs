using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

/// <summary>Two years without a sign-in: a warning mail; 30 days later the account goes, unless its owner signed in
/// in between. The tests move the fixture's clock and put it back.</summary>
public sealed class InactiveAccountsTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private Task<int> WarnAsync() => fixture.WithAsync(s => s.GetRequiredService<InactiveAccounts>().WarnAsync());

    private Task<int> DeleteAsync() => fixture.WithAsync(s => s.GetRequiredService<InactiveAccounts>().DeleteAsync());

    private async Task<AppUser?> FindAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    [Fact]
    public async Task An_account_unused_for_two_years_is_warned_once_by_mail_and_deleted_30_days_later()
    {
        var now = fixture.Clock.GetUtcNow();
        await fixture.AccountAsync("stil@school.example.nl", Roles.Teacher, "Stille Docent", now.AddDays(-731));
        await fixture.AccountAsync("actief@school.example.nl", Roles.Teacher, "Actieve Docent", now.AddDays(-729));

        await WarnAsync();
        await WarnAsync();
        await fixture.Factory.DeliverMailAsync();

        Assert.Equal(now, (await FindAsync("stil@school.example.nl"))!.InactivityWarnedAt);
        Assert.Null((await FindAsync("actief@school.example.nl"))!.InactivityWarnedAt);
        var mail = Assert.Single(fixture.Smtp.Messages(), m => m.To.ToString().Contains("stil@school.example.nl", StringComparison.Ordinal));
        Assert.Equal("Je account bij Hoe Werkt Mijn Stad wordt binnenkort verwijderd", mail.Subject);
        Assert.Contains("Je hebt al 2 jaar niet ingelogd", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("op of na 23 december 2026", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(0, await DeleteAsync());
        Assert.NotNull(await FindAsync("stil@school.example.nl"));
        try
        {
            fixture.Clock.UtcNow = now.AddDays(30).AddMinutes(1);
            await DeleteAsync();
            Assert.Equal(0, await DeleteAsync());
        }
        finally
        {
            fixture.Clock.UtcNow = now;
        }

        Assert.Null(await FindAsync("stil@school.example.nl"));
        Assert.NotNull(await FindAsync("actief@school.example.nl"));
    }

    [Fact]
    public async Task Signing_in_after_the_warning_keeps_the_account()
    {
        var now = fixture.Clock.GetUtcNow();
        await fixture.AccountAsync("terug@school.example.nl", Roles.Teacher, "Terug Docent", now.AddYears(-3));
        await WarnAsync();
        Assert.NotNull((await FindAsync("terug@school.example.nl"))!.InactivityWarnedAt);

        try
        {
            fixture.Clock.UtcNow = now.AddDays(10);
            var (_, html) = await fixture.Factory.CreateClient().SignInAsync("terug@school.example.nl", PrivacyWorld.Password);
            Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
            fixture.Clock.UtcNow = now.AddDays(40);
            await DeleteAsync();
        }
        finally
        {
            fixture.Clock.UtcNow = now;
        }

        var kept = await FindAsync("terug@school.example.nl");
        Assert.NotNull(kept);
        Assert.Equal(now.AddDays(10), kept.LastSignInAt);
        Assert.Null(kept.InactivityWarnedAt);
    }

    [Fact]
    public async Task The_only_programme_leader_is_neither_warned_nor_deleted()
    {
        await fixture.WorldAsync();
        await using (var db = fixture.CreateDbContext())
        {
            // the world's leader is this database's only one; make it look unused for three years
            Assert.Equal(1, await db.UserRoles.CountAsync(r => r.RoleId == "role-programmaleider"));
            await db.Users.Where(u => u.Email == SelfServiceWorld.Leader)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, fixture.Clock.GetUtcNow().AddYears(-3)));
        }

        await WarnAsync();

        var leader = (await FindAsync(SelfServiceWorld.Leader))!;
        Assert.Null(leader.InactivityWarnedAt);
        var outcome = await fixture.WithAsync(s =>
            s.GetRequiredService<AccountDeletion>().DeleteAsync(new AccountDeletionInput(leader.Id, DeletionReason.Inactive), AccountDeletion.System));
        Assert.Equal(AccountDeletionOutcome.LastProgrammeLeader, outcome);
        Assert.NotNull(await FindAsync(SelfServiceWorld.Leader));
    }
}
