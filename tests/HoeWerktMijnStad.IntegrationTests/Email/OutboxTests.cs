using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Email;

public sealed class OutboxFixture : PostgisDatabase
{
    public FixedClock Clock { get; } = FixedClock.At(new DateOnly(2026, 11, 23));
    public SmtpTestServer Smtp { get; private set; } = null!;
    public HwmsWebFactory Factory { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Smtp = await SmtpTestServer.StartAsync();
        Factory = new HwmsWebFactory(ConnectionString, Clock, Smtp.Port);
    }

    public override async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

public sealed class OutboxTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task QueueAsync(params string[] subjects)
    {
        await using var db = fixture.CreateDbContext();
        foreach (var subject in subjects)
        {
            db.QueueEmail(new EmailMessage("docent@school.example.nl", "Een Docent", subject, $"Tekst van {subject}", $"<p>Tekst van {subject}</p>"), fixture.Clock.GetUtcNow());
        }

        await db.SaveChangesAsync();
    }

    private async Task<int> SendDueAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
    }

    private int Received(string subject) => fixture.Smtp.Messages().Count(m => m.Subject == subject);

    [Fact]
    public async Task A_mail_is_stored_only_together_with_the_change_that_caused_it()
    {
        await using var db = fixture.CreateDbContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Partners.Add(new Partner { Slug = "teruggedraaid", Name = "Teruggedraaid", Pitch = "p", JoinedOn = new DateOnly(2026, 1, 1) });
            db.QueueEmail(new EmailMessage("a@school.example.nl", "", "Teruggedraaid", "x"), fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.OutboxEmails.AnyAsync(m => m.Subject == "Teruggedraaid"));
        Assert.False(await check.Partners.AnyAsync(p => p.Slug == "teruggedraaid"));
    }

    [Fact]
    public async Task A_queued_mail_reaches_the_mail_server_once_with_both_bodies()
    {
        await QueueAsync("Welkom bij Hoe Werkt Mijn Stad");

        Assert.True(await SendDueAsync() >= 1);
        Assert.Equal(0, await SendDueAsync());

        var message = Assert.Single(fixture.Smtp.Messages(), m => m.Subject == "Welkom bij Hoe Werkt Mijn Stad");
        Assert.Equal("docent@school.example.nl", message.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@hoewerktmijnstad.nl", message.From.Mailboxes.Single().Address);
        Assert.Contains("Tekst van Welkom", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Tekst van Welkom", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_mail_server_is_down_nothing_is_lost_and_it_goes_out_once_when_it_is_back()
    {
        await fixture.Smtp.StopAsync();
        try
        {
            await QueueAsync("Tijdens de storing");

            Assert.Equal(0, await SendDueAsync());
            await using (var db = fixture.CreateDbContext())
            {
                var mail = await db.OutboxEmails.SingleAsync(m => m.Subject == "Tijdens de storing");
                Assert.Equal(1, mail.Attempts);
                Assert.Null(mail.SentAt);
                Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), mail.NextAttemptAt);
                Assert.NotNull(mail.LastError);
            }

            Assert.Equal(0, await SendDueAsync());
        }
        finally
        {
            await fixture.Smtp.StartAgainAsync();
        }

        Assert.Equal(0, await SendDueAsync());
        fixture.Clock.UtcNow += TimeSpan.FromMinutes(2);
        Assert.Equal(1, await SendDueAsync());
        Assert.Equal(0, await SendDueAsync());
        Assert.Equal(1, Received("Tijdens de storing"));
    }

    [Fact]
    public async Task Two_senders_at_the_same_time_send_every_mail_once()
    {
        var subjects = Enumerable.Range(1, 30).Select(i => $"Tegelijk {i:00}").ToArray();
        await QueueAsync(subjects);

        var sent = await Task.WhenAll(SendDueAsync(), SendDueAsync());

        Assert.Equal(30, sent.Sum());
        Assert.All(subjects, subject => Assert.Equal(1, Received(subject)));
    }

    [Fact]
    public async Task Mails_queued_in_bulk_are_stored_as_one_queued_alone_and_only_with_the_change_that_caused_them()
    {
        var mail = fixture.Factory.Services.GetRequiredService<SiteMail>();
        var content = new MailContent("In bulk <en> alleen", "Hallo Renée,", ["Eén alinea & \"nog\" wat."], "Naar de site", mail.Link("/partner"));
        await using (var db = fixture.CreateDbContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await mail.QueueAllAsync(db, [("bulk@school.example.nl", "Bulk", content with { Subject = "In bulk teruggedraaid" })], default);
            await transaction.RollbackAsync();
        }

        await using (var db = fixture.CreateDbContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            mail.Queue(db, "alleen@school.example.nl", "Alleen", content);
            await mail.QueueAllAsync(db, [("bulk@school.example.nl", "Bulk", content)], default);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.OutboxEmails.AnyAsync(m => m.Subject == "In bulk teruggedraaid"));
        var rows = await check.OutboxEmails.AsNoTracking().Where(m => m.Subject == "In bulk <en> alleen").OrderBy(m => m.ToAddress).ToListAsync();
        Assert.Equal(["alleen@school.example.nl", "bulk@school.example.nl"], rows.Select(m => m.ToAddress));
        var (alone, bulk) = (rows[0], rows[1]);
        Assert.Equal((alone.TextBody, alone.HtmlBody, alone.Calendar, alone.CalendarMethod, alone.CreatedAt, alone.NextAttemptAt, alone.Attempts, alone.SentAt, alone.LastError),
            (bulk.TextBody, bulk.HtmlBody, bulk.Calendar, bulk.CalendarMethod, bulk.CreatedAt, bulk.NextAttemptAt, bulk.Attempts, bulk.SentAt, bulk.LastError));
        Assert.NotEqual(alone.MessageId, bulk.MessageId);

        // not sent here: the other tests count what the sender sends
        await check.OutboxEmails.Where(m => m.Subject == "In bulk <en> alleen").ExecuteDeleteAsync();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(7, 60)]
    [InlineData(30, 60)]
    public void Retries_wait_longer_each_time_up_to_an_hour(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxSender.Delay(attempts));
}
