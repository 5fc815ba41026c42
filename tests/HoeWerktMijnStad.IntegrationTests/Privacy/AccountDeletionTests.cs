using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Audit;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

/// <summary>Deleting an account on /account: only with its password, never the last programme leader, and afterwards
/// its name is nowhere in bookings, history or the audit log, while the school keeps its bookings.</summary>
public sealed class AccountDeletionTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = fixture.Factory.CreateClient();
        var (_, html) = await client.SignInAsync(email, PrivacyWorld.Password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    private static Task<(HttpResponseMessage Response, string Html)> DeleteAsync(HttpClient client, string password) =>
        client.PostFormAsync("/account", new Dictionary<string, string> { ["Delete.Password"] = password }, "verwijderen");

    [Fact]
    public async Task A_deleted_accounts_name_becomes_verwijderd_account_in_bookings_history_and_the_audit_log()
    {
        const string email = "wis@school.example.nl";
        var user = await fixture.AccountAsync(email, Roles.Teacher, "Wis Docent");
        var bookingId = await fixture.PastVisitAsync(user.Id, "Wis Docent", endedDaysAgo: 10);
        await using (var db = fixture.CreateDbContext())
        {
            db.AuditEntries.AddRange(
                new AuditEntry { At = fixture.Clock.GetUtcNow(), ActorId = user.Id, ActorEmail = email, Action = "Iets gedaan", Subject = "Partner A" },
                new AuditEntry { At = fixture.Clock.GetUtcNow(), ActorEmail = SelfServiceWorld.Leader, Action = "Account geblokkeerd", Subject = "WIS@school.example.nl" });
            db.OutboxEmails.Add(new Data.Email.OutboxEmail
            {
                ToAddress = email, ToName = "Wis Docent", Subject = "Herinnering", TextBody = "Hallo Wis Docent",
                CreatedAt = fixture.Clock.GetUtcNow(), NextAttemptAt = fixture.Clock.GetUtcNow(),
            });

            // the same address booked a kids' party as a parent: that booking's mails follow the party's own erasure
            db.OutboxEmails.Add(new Data.Email.OutboxEmail
            {
                ToAddress = email, ToName = "Wis", Subject = "Kinderfeestje K42: bevestig je boeking", TextBody = "Bevestig",
                CreatedAt = fixture.Clock.GetUtcNow(), NextAttemptAt = fixture.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var client = await SignedInAsync(email);
        var (response, html) = await DeleteAsync(client, PrivacyWorld.Password);

        Assert.Equal("/account/verwijderd", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Je account is verwijderd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitloggen", html, StringComparison.Ordinal);
        var after = await client.GetAsync("/account");
        Assert.Equal("/inloggen", after.RequestMessage!.RequestUri!.AbsolutePath);

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.Users.AnyAsync(u => u.Id == user.Id));
        var booking = await check.Bookings.Include(b => b.History).Include(b => b.Checklist).Include(b => b.Evaluations).SingleAsync(b => b.Id == bookingId);
        Assert.Null(booking.TeacherId);
        Assert.Equal(24, booking.Pupils);
        Assert.Equal(AccountDeletion.DeletedName, booking.History.Single().ActorName);
        Assert.Equal(AccountDeletion.DeletedName, booking.Checklist.Single().DoneBy);
        Assert.Equal((AccountDeletion.DeletedName, 8), (booking.Evaluations.Single().AuthorName, booking.Evaluations.Single().Mark!.Value));
        Assert.Equal(AccountDeletion.DeletedName, (await check.AuditEntries.SingleAsync(a => a.Action == "Iets gedaan")).ActorEmail);
        Assert.Equal(AccountDeletion.DeletedName, (await check.AuditEntries.SingleAsync(a => a.Action == "Account geblokkeerd")).Subject);
        Assert.Equal("op eigen verzoek", (await check.AuditEntries.SingleAsync(a => a.Action == "Account verwijderd")).Subject);
        Assert.False(await check.AuditEntries.AnyAsync(a => EF.Functions.ILike(a.ActorEmail + a.Subject, "%wis%")));
        Assert.False(await check.BookingEvents.AnyAsync(e => e.ActorName.Contains("Wis")));
        Assert.Equal(["Kinderfeestje K42: bevestig je boeking"], await check.OutboxEmails.Where(m => m.ToAddress == email).Select(m => m.Subject).ToListAsync());
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing_and_says_so()
    {
        const string email = "blijf@school.example.nl";
        var user = await fixture.AccountAsync(email, Roles.Teacher, "Blijf Docent");
        var bookingId = await fixture.PastVisitAsync(user.Id, "Blijf Docent", endedDaysAgo: 5);
        var client = await SignedInAsync(email);

        var (_, html) = await DeleteAsync(client, "niet mijn wachtwoord");

        Assert.Contains("Dat wachtwoord klopt niet; je account is niet verwijderd.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.True(await db.Users.AnyAsync(u => u.Id == user.Id));
        Assert.Equal(user.Id, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).TeacherId);
        Assert.Equal("Blijf Docent", (await db.BookingEvents.SingleAsync(e => e.BookingId == bookingId)).ActorName);
        await SignedInAsync(email);
    }

    [Fact]
    public async Task The_last_programme_leader_cannot_delete_their_account_until_there_is_another()
    {
        await fixture.WorldAsync();
        var client = await SignedInAsync(SelfServiceWorld.Leader);

        var (_, html) = await DeleteAsync(client, PrivacyWorld.Password);

        Assert.Contains("Je bent de enige programmaleider", html, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.Users.AnyAsync(u => u.Email == SelfServiceWorld.Leader));
        }

        await fixture.AccountAsync("tweede-leider@hwms.example.nl", Roles.ProgrammeLeader, "Tweede Leider");
        await using (var db = fixture.CreateDbContext())
        {
            var leader = await db.Users.SingleAsync(u => u.Email == SelfServiceWorld.Leader);
            var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
            db.PartnerExemptions.Add(new PartnerExemption
            {
                PartnerId = partner.Id, Month = new DateOnly(2026, 10, 1), Reason = "Verbouwing", GrantedById = leader.Id, GrantedByName = leader.DisplayName,
                At = fixture.Clock.GetUtcNow(),
            });
            db.MapMonthCloses.Add(new MapMonthClose { Month = new DateOnly(2026, 10, 1), ClosedAt = fixture.Clock.GetUtcNow(), ClosedBy = leader.DisplayName });
            await db.SaveChangesAsync();
        }

        var (_, deleted) = await DeleteAsync(client, PrivacyWorld.Password);
        Assert.Contains("Je account is verwijderd", deleted, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(AccountDeletion.DeletedName, (await check.PartnerExemptions.SingleAsync()).GrantedByName);
        Assert.Equal(AccountDeletion.DeletedName, (await check.MapMonthCloses.SingleAsync()).ClosedBy);
    }

    [Fact]
    public async Task Nobody_deletes_another_persons_account()
    {
        var victim = await fixture.AccountAsync("doelwit@school.example.nl", Roles.Teacher, "Doelwit");
        var other = await fixture.AccountAsync("ander@school.example.nl", Roles.Teacher, "Ander");
        var actor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, other.Id)], "test"));

        var asOther = await fixture.WithAsync(s => s.GetRequiredService<AccountDeletion>()
            .DeleteAsync(new AccountDeletionInput(victim.Id, DeletionReason.OwnRequest, PrivacyWorld.Password), actor));
        var asJobWithoutWarning = await fixture.WithAsync(s => s.GetRequiredService<AccountDeletion>()
            .DeleteAsync(new AccountDeletionInput(victim.Id, DeletionReason.Inactive), AccountDeletion.System));
        var inactiveByUser = await fixture.WithAsync(s => s.GetRequiredService<AccountDeletion>()
            .DeleteAsync(new AccountDeletionInput(victim.Id, DeletionReason.Inactive), actor));

        Assert.Equal([AccountDeletionOutcome.NotAllowed, AccountDeletionOutcome.NotAllowed, AccountDeletionOutcome.NotAllowed], [asOther, asJobWithoutWarning, inactiveByUser]);
        await using var db = fixture.CreateDbContext();
        Assert.True(await db.Users.AnyAsync(u => u.Id == victim.Id));
    }
}
