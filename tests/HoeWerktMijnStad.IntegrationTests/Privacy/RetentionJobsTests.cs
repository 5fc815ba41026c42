using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Email;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

/// <summary>The retention rules with the default periods (90 days for booking and request contacts, 30 days for mail
/// bodies), each run twice: the second run finds nothing left to do.</summary>
public sealed class RetentionJobsTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<string> TeacherIdAsync()
    {
        await fixture.WorldAsync();
        await using var db = fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == SelfServiceWorld.Teacher).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task A_bookings_contact_data_is_erased_90_days_after_the_visit_and_its_figures_stay()
    {
        var teacher = await TeacherIdAsync();
        var old = await fixture.PastVisitAsync(teacher, "Docent", endedDaysAgo: 91, phone: "06 91919191");
        var recent = await fixture.PastVisitAsync(teacher, "Docent", endedDaysAgo: 89, phone: "06 89898989");

        var first = await fixture.JobsAsync(j => j.EraseBookingContactsAsync());
        var second = await fixture.JobsAsync(j => j.EraseBookingContactsAsync());

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using var db = fixture.CreateDbContext();
        var erased = await db.Bookings.Include(b => b.Evaluations).SingleAsync(b => b.Id == old);
        Assert.Equal(("", "", ""), (erased.DayPhone, erased.SpecialNeeds, erased.LearningGoals));
        Assert.Equal((24, 2, 3, Data.Catalogue.EducationLevel.Vmbo), (erased.Pupils, erased.Adults, erased.ClassYear, erased.Level));
        Assert.Equal(8, erased.Evaluations.Single().Mark);
        Assert.Equal(teacher, erased.TeacherId);
        var kept = await db.Bookings.SingleAsync(b => b.Id == recent);
        Assert.Equal("06 89898989", kept.DayPhone);
        Assert.Equal("Een leerling in een rolstoel", kept.SpecialNeeds);
    }

    [Fact]
    public async Task A_sent_mails_body_is_purged_after_30_days_and_who_what_and_when_stay()
    {
        var now = fixture.Clock.GetUtcNow();
        await using (var db = fixture.CreateDbContext())
        {
            db.OutboxEmails.AddRange(
                Mail("oud@school.example.nl", "Oude mail", now.AddDays(-40), sentAt: now.AddDays(-31)),
                Mail("recent@school.example.nl", "Recente mail", now.AddDays(-40), sentAt: now.AddDays(-29)),
                Mail("wacht@school.example.nl", "Nog niet verstuurd", now.AddDays(-40), sentAt: null));
            await db.SaveChangesAsync();
        }

        var first = await fixture.JobsAsync(j => j.PurgeSentMailBodiesAsync());
        var second = await fixture.JobsAsync(j => j.PurgeSentMailBodiesAsync());

        Assert.Equal((1, 0), (first, second));
        await using var check = fixture.CreateDbContext();
        var purged = await check.OutboxEmails.SingleAsync(m => m.Subject == "Oude mail");
        Assert.Equal(("", null, null, null), (purged.TextBody, purged.HtmlBody, purged.Calendar, purged.CalendarMethod));
        Assert.Equal(("oud@school.example.nl", now.AddDays(-31)), (purged.ToAddress, purged.SentAt!.Value));
        Assert.Equal("Tekst van Recente mail", (await check.OutboxEmails.SingleAsync(m => m.Subject == "Recente mail")).TextBody);
        Assert.NotNull((await check.OutboxEmails.SingleAsync(m => m.Subject == "Nog niet verstuurd")).Calendar);
    }

    [Fact]
    public async Task A_requests_contact_details_are_erased_90_days_after_it_closed_and_what_was_asked_stays()
    {
        var teacher = await TeacherIdAsync();
        var old = await fixture.RequestAsync(teacher, closedDaysAgo: 91);
        var recent = await fixture.RequestAsync(teacher, closedDaysAgo: 89);
        var open = await fixture.RequestAsync(teacher, closedDaysAgo: null);

        var first = await fixture.JobsAsync(j => j.EraseDemandContactsAsync());
        var second = await fixture.JobsAsync(j => j.EraseDemandContactsAsync());

        Assert.Equal((2, 0), (first, second));
        await using var db = fixture.CreateDbContext();
        var erased = await db.DemandRequests.Include(r => r.Offers).SingleAsync(r => r.Id == old);
        Assert.Equal((null, "", ""), (erased.TeacherId, erased.Description, erased.TravelNote));
        Assert.Equal(("", "", null), (erased.Offers[0].Message, erased.Offers[0].AuthorName, erased.Offers[0].AuthorId));
        Assert.Equal(("Een bezoek over warmtepompen", 25, 3), (erased.Title, erased.Pupils, erased.ClassYear));
        Assert.Single(erased.Offers[0].Dates);
        foreach (var id in new[] { recent, open })
        {
            var kept = await db.DemandRequests.Include(r => r.Offers).SingleAsync(r => r.Id == id);
            Assert.Equal((teacher, "Bel me op 06 99998888"), (kept.TeacherId, kept.Description));
            Assert.Equal("Groet, Piet (06 12121212)", kept.Offers[0].Message);
        }
    }

    [Fact]
    public async Task The_whole_daily_job_runs_and_a_second_run_changes_nothing()
    {
        var teacher = await TeacherIdAsync();
        await fixture.PastVisitAsync(teacher, "Docent", endedDaysAgo: 120);
        await fixture.AccountAsync("vergeten@school.example.nl", Roles.Teacher, "Vergeten Docent", fixture.Clock.GetUtcNow().AddYears(-3));

        await fixture.JobsAsync(async j => { await j.RunAsync(); return 0; });
        var snapshot = await SnapshotAsync();
        await fixture.JobsAsync(async j => { await j.RunAsync(); return 0; });

        Assert.Equal(snapshot, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = fixture.CreateDbContext();
        var bookings = await db.Bookings.OrderBy(b => b.Id).Select(b => b.Id + b.DayPhone + b.SpecialNeeds + b.LearningGoals).ToListAsync();
        var users = await db.Users.OrderBy(u => u.Id).Select(u => u.Id + u.InactivityWarnedAt).ToListAsync();
        var mails = await db.OutboxEmails.OrderBy(m => m.Id).Select(m => m.Id + m.TextBody).ToListAsync();
        var requests = await db.DemandRequests.OrderBy(r => r.Id).Select(r => r.Id + r.Description + r.TeacherId).ToListAsync();
        return string.Join("|", bookings.Concat(users).Concat(mails).Concat(requests));
    }

    private static OutboxEmail Mail(string to, string subject, DateTimeOffset createdAt, DateTimeOffset? sentAt) => new()
    {
        ToAddress = to, ToName = "Iemand", Subject = subject, TextBody = $"Tekst van {subject}", HtmlBody = $"<p>{subject}</p>",
        Calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", CalendarMethod = "REQUEST",
        CreatedAt = createdAt, NextAttemptAt = createdAt, SentAt = sentAt, Attempts = sentAt is null ? 0 : 1,
    };
}
