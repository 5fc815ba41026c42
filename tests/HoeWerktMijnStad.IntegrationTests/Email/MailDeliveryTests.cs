using System.Net;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Email;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Email;

/// <summary>Mail the server refuses, for good (550) or for now (451), against a real SMTP server that refuses the
/// recipients the test names: each mail goes, or fails, on its own, and nothing is lost or sent twice.</summary>
public sealed class MailDeliveryTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Bounce = "bestaat-niet@school.example.nl";
    private const string Later = "vol@school.example.nl";

    private async Task<long> QueueAsync(string to, string subject)
    {
        await using var db = fixture.CreateDbContext();
        db.QueueEmail(new EmailMessage(to, "Ontvanger", subject, $"Tekst van {subject}"), fixture.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        return await db.OutboxEmails.Where(m => m.Subject == subject).Select(m => m.Id).SingleAsync();
    }

    private async Task<OutboxEmail> RowAsync(long id)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private int Received(string subject) => fixture.Smtp.Messages().Count(m => m.Subject == subject);

    [Fact]
    public async Task A_refused_recipient_holds_up_no_other_mail_a_bounce_is_given_up_at_once_and_a_temporary_refusal_is_retried()
    {
        fixture.Smtp.Refuse(Bounce, "550 5.1.1 Dit adres bestaat niet");
        fixture.Smtp.Refuse(Later, "451 4.3.0 Probeer het later nog eens");
        var first = await QueueAsync("een@school.example.nl", "Eerste");
        var bounce = await QueueAsync(Bounce, "Naar een adres dat niet bestaat");
        var second = await QueueAsync("twee@school.example.nl", "Tweede");
        var later = await QueueAsync(Later, "Naar een volle mailbox");
        var third = await QueueAsync("drie@school.example.nl", "Derde");
        var queuedAt = fixture.Clock.GetUtcNow();

        Assert.Equal(3, await fixture.Factory.DeliverMailAsync());

        Assert.All(new[] { "Eerste", "Tweede", "Derde" }, subject => Assert.Equal(1, Received(subject)));
        foreach (var id in new[] { first, second, third })
        {
            Assert.NotNull((await RowAsync(id)).SentAt);
        }

        var bounced = await RowAsync(bounce);
        Assert.Equal(queuedAt, bounced.UndeliverableAt);
        Assert.Null(bounced.SentAt);
        Assert.Equal(1, bounced.Attempts);
        Assert.StartsWith("550", bounced.LastError, StringComparison.Ordinal);

        var waiting = await RowAsync(later);
        Assert.Null(waiting.UndeliverableAt);
        Assert.Null(waiting.SentAt);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(queuedAt + TimeSpan.FromMinutes(1), waiting.NextAttemptAt);
        Assert.StartsWith("451", waiting.LastError, StringComparison.Ordinal);

        // nothing is due until the retry; then the server still refuses, and the wait doubles
        Assert.Equal(0, await fixture.Factory.DeliverMailAsync());
        fixture.Clock.UtcNow += TimeSpan.FromMinutes(1);
        Assert.Equal(0, await fixture.Factory.DeliverMailAsync());
        waiting = await RowAsync(later);
        Assert.Equal(2, waiting.Attempts);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), waiting.NextAttemptAt);

        // the mailbox has room again: the retry delivers it, once; the bounce is never tried again
        fixture.Smtp.Refuse(Later, null);
        fixture.Smtp.Refuse(Bounce, null);
        fixture.Clock.UtcNow += TimeSpan.FromMinutes(2);
        Assert.Equal(1, await fixture.Factory.DeliverMailAsync());
        Assert.Equal(0, await fixture.Factory.DeliverMailAsync());
        Assert.Equal(1, Received("Naar een volle mailbox"));
        Assert.Equal(0, Received("Naar een adres dat niet bestaat"));
        Assert.All(new[] { "Eerste", "Tweede", "Derde" }, subject => Assert.Equal(1, Received(subject)));
        Assert.Equal(2, (await RowAsync(later)).Attempts); // failed attempts: the one that went through is its sent_at
        Assert.Null((await RowAsync(bounce)).SentAt);
    }

    [Fact]
    public async Task A_mail_refused_for_now_is_tried_until_a_day_after_it_was_queued_and_then_given_up()
    {
        const string never = "altijd-vol@school.example.nl";
        fixture.Smtp.Refuse(never, "452 4.2.2 Mailbox vol");
        var id = await QueueAsync(never, "Komt nooit aan");
        var queuedAt = (await RowAsync(id)).CreatedAt;

        var attempts = 0;
        OutboxEmail row;
        do
        {
            Assert.Equal(0, await fixture.Factory.DeliverMailAsync());
            attempts++;
            row = await RowAsync(id);
            Assert.Equal(attempts, row.Attempts);
            Assert.True(row.NextAttemptAt <= queuedAt + OutboxSender.GiveUpAfter, "no retry is planned past the deadline");
            fixture.Clock.UtcNow = row.NextAttemptAt;
        }
        while (row.UndeliverableAt is null && attempts < 100);

        // at 0, 1, 3, 7, 15, 31 and 63 minutes, then hourly until 23:03, and a last try on the deadline itself
        Assert.Equal(queuedAt + OutboxSender.GiveUpAfter, row.UndeliverableAt);
        Assert.Equal(30, row.Attempts);
        Assert.StartsWith("452", row.LastError, StringComparison.Ordinal);

        fixture.Smtp.Refuse(never, null);
        fixture.Clock.UtcNow += TimeSpan.FromDays(1);
        Assert.Equal(0, await fixture.Factory.DeliverMailAsync());
        Assert.Equal(0, Received("Komt nooit aan"));
    }

    [Fact]
    public async Task Mail_queued_inside_a_transaction_wakes_the_sender_when_the_transaction_commits_not_before()
    {
        var signal = fixture.Factory.Services.GetRequiredService<OutboxSignal>();
        var dbFactory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        while (await signal.WaitAsync(TimeSpan.Zero, default))
        {
            // earlier tests' wakes: nothing runs the worker here (Smtp:RunSender=false)
        }

        await using (var db = await dbFactory.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.QueueEmail(new EmailMessage("wek@school.example.nl", "", "Wekker", "x"), fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "woken before the mail was committed");
            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default), "not woken when the mail was committed");

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.QueueEmail(new EmailMessage("wek@school.example.nl", "", "Wekker zonder transactie", "x"), fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default), "not woken after SaveChanges without a transaction");

        await using (var db = await dbFactory.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.QueueEmail(new EmailMessage("wek@school.example.nl", "", "Teruggedraaide wekker", "x"), fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "woken for mail that was rolled back");

        // mail inserted in bulk (no tracked entity, SiteMail.QueueAllAsync) wakes it at the commit too
        var mail = fixture.Factory.Services.GetRequiredService<SiteMail>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await mail.QueueAllAsync(db, [("wek@school.example.nl", "", new MailContent("Wekker in bulk", "Hallo,", ["x"], "Naar de site", mail.Link("/")))], default);
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, default), "woken before the bulk mail was committed");
            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, default), "not woken when the bulk mail was committed");
        Assert.Equal(3, await fixture.Factory.DeliverMailAsync());
    }

    [Fact]
    public async Task The_leader_sees_a_bounced_booking_mail_and_so_does_the_other_side_on_the_booking_page()
    {
        fixture.Smtp.Refuse(SelfServiceWorld.EditorA, "550 5.1.1 Onbekende ontvanger");
        try
        {
            var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.GetUtcNow().AddDays(14));
            await fixture.Factory.DeliverMailAsync();
        }
        finally
        {
            fixture.Smtp.Refuse(SelfServiceWorld.EditorA, null);
        }

        int booking;
        await using (var db = fixture.CreateDbContext())
        {
            var bounced = await db.OutboxEmails.AsNoTracking().SingleAsync(m => m.ToAddress == SelfServiceWorld.EditorA && m.UndeliverableAt != null);
            Assert.StartsWith("Nieuwe aanvraag", bounced.Subject, StringComparison.Ordinal);
            booking = Assert.IsType<int>(bounced.BookingId);
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var page = await leader.GetStringAsync("/beheer/mail");
        Assert.Contains(SelfServiceWorld.EditorA, page, StringComparison.Ordinal);
        Assert.Contains("Nieuwe aanvraag", page, StringComparison.Ordinal);
        Assert.Contains("550 5.1.1 Onbekende ontvanger", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/mijn/boekingen/{booking}\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/mail\"", await leader.GetStringAsync("/beheer"), StringComparison.Ordinal);

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var bookingPage = await teacher.GetStringAsync($"/mijn/boekingen/{booking}");
        Assert.Contains($"De mail aan {SelfServiceWorld.EditorA} ({SelfServiceWorld.EditorA}) over deze boeking kwam niet aan", bookingPage, StringComparison.Ordinal);

        var refused = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await refused.SignInAsync(SelfServiceWorld.Teacher, SelfServiceWorld.Password);
        var response = await refused.GetAsync("/beheer/mail");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var anonymous = await fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/beheer/mail");
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leaders_mail_page_has_an_empty_state_when_everything_arrived()
    {
        await using (var db = fixture.CreateDbContext())
        {
            if (await db.OutboxEmails.AnyAsync(m => m.UndeliverableAt != null))
            {
                // another test of this class bounced mail first: this one is about the page without any
                await db.OutboxEmails.Where(m => m.UndeliverableAt != null).ExecuteDeleteAsync();
            }
        }

        await fixture.EnsureSelfServiceWorldAsync();
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var page = await leader.GetStringAsync("/beheer/mail");
        Assert.Contains("Alle mail is aangekomen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
    }
}
