using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>The demand jobs with a set clock: requests expire after their period's last day, requests without an
/// offer reach the programme leader after ten days, and weekly subscribers get one digest a week. Each run twice.</summary>
public sealed class DemandJobsTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = FixedClock.At(new DateOnly(2026, 11, 23)).UtcNow;

    private DemandPartner _partner = null!;

    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = Monday;
        await fixture.ClearDemandAsync();
        _partner = await fixture.PartnerNearAsync($"j-{Guid.NewGuid():N}"[..12], 2);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> JobsAsync<T>(Func<DemandJobs, Task<T>> run)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await run(scope.ServiceProvider.GetRequiredService<DemandJobs>());
        await fixture.Factory.DeliverMailAsync();
        return result;
    }

    private int MailsTo(string address, string subjectPart) =>
        fixture.Smtp.To(address).Count(m => (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal));

    [Fact]
    public async Task A_request_expires_after_the_last_day_of_its_period_and_its_offers_close_once()
    {
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Alleen deze week", from: new DateOnly(2026, 11, 24), to: new DateOnly(2026, 11, 27)));
        await fixture.OfferAsync(requestId, _partner, new DateTime(2026, 11, 27, 10, 0, 0));

        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateTime(2026, 11, 27, 23, 59, 0));
        Assert.Empty(await JobsAsync(j => j.ExpireAsync()));

        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateTime(2026, 11, 28, 0, 5, 0));
        Assert.Equal([requestId], await JobsAsync(j => j.ExpireAsync()));
        Assert.Empty(await JobsAsync(j => j.ExpireAsync()));

        Assert.Equal(DemandState.Expired, await fixture.RequestStateAsync(requestId));
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(DemandOfferState.Closed, await db.DemandOffers.Where(o => o.RequestId == requestId).Select(o => o.State).SingleAsync());
        }

        var teacherMail = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Je vraag is verlopen: Alleen deze week");
        Assert.Contains("Je hebt geen van de 1 aanbiedingen aangenomen", teacherMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("De periode van de vraag is voorbij", fixture.Smtp.OnlyMail(_partner.Editor, "Je aanbod is gesloten: Alleen deze week").TextBody, StringComparison.Ordinal);
        var editor = await fixture.SignedInAsync(_partner.Editor);
        var page = await editor.GetStringAsync("/partner/vragen");
        var answers = page.IndexOf("Jullie antwoorden", StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen deze week", page[..answers], StringComparison.Ordinal);
        Assert.Contains("Gesloten", page[answers..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_any_offer_reaches_the_programme_leader_ten_days_after_it_was_posted_once()
    {
        var unanswered = await fixture.PostRequestAsync(DemandWorld.Request("Niemand reageert"));
        var answered = await fixture.PostRequestAsync(DemandWorld.Request("Wel een aanbod"));
        await fixture.OfferAsync(answered, _partner, new DateTime(2027, 1, 12, 10, 0, 0));
        var before = MailsTo(SelfServiceWorld.Leader, "zonder aanbod na tien dagen");

        fixture.Clock.UtcNow = Monday.AddDays(10).AddMinutes(-1);
        Assert.Empty(await JobsAsync(j => j.FlagUnansweredAsync()));
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        Assert.Contains("Elke vraag die langer dan tien dagen openstaat heeft minstens", await leader.GetStringAsync("/beheer/vragen"), StringComparison.Ordinal);

        fixture.Clock.UtcNow = Monday.AddDays(10);
        Assert.Equal([unanswered], await JobsAsync(j => j.FlagUnansweredAsync()));
        Assert.Empty(await JobsAsync(j => j.FlagUnansweredAsync()));

        Assert.Equal(before + 1, MailsTo(SelfServiceWorld.Leader, "zonder aanbod na tien dagen"));
        var mail = fixture.Smtp.LastTo(SelfServiceWorld.Leader);
        Assert.Contains("Niemand reageert — Testschool Oost (Oost, Amsterdam), vmbo 3, 24 leerlingen", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Wel een aanbod", mail.TextBody, StringComparison.Ordinal);
        var page = await leader.GetStringAsync("/beheer/vragen");
        var panel = page[..page.IndexOf("Alle open vragen", StringComparison.Ordinal)];
        Assert.Contains("Niemand reageert", panel, StringComparison.Ordinal);
        Assert.Contains($"mailto:{SelfServiceWorld.Teacher}", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("Wel een aanbod", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekly_subscriber_gets_the_new_fitting_requests_once_a_week()
    {
        await fixture.SubscribeAsync(_partner, DemandMailFrequency.Weekly);
        fixture.Clock.UtcNow = Monday.AddDays(1);
        await fixture.PostRequestAsync(DemandWorld.Request("Eerste week"));
        var po = DemandWorld.Request("Past niet: groep 7");
        (po.Level, po.ClassYear) = (EducationLevel.Po, 7);
        await fixture.PostRequestAsync(po);
        var subject = $"nieuwe vraag voor {_partner.Name}";
        Assert.Equal(0, MailsTo(_partner.Editor, subject));

        fixture.Clock.UtcNow = Monday.AddDays(7);
        Assert.Equal(1, await JobsAsync(j => j.SendWeeklyDigestsAsync()));
        Assert.Equal(0, await JobsAsync(j => j.SendWeeklyDigestsAsync()));
        var first = fixture.Smtp.OnlyMail(_partner.Editor, $"1 {subject}");
        Assert.Contains("Eerste week — Testschool Oost", first.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("groep 7", first.TextBody, StringComparison.Ordinal);

        fixture.Clock.UtcNow = Monday.AddDays(9);
        await fixture.PostRequestAsync(DemandWorld.Request("Tweede week", from: new DateOnly(2026, 12, 10)));
        Assert.Equal(0, await JobsAsync(j => j.SendWeeklyDigestsAsync()));

        fixture.Clock.UtcNow = Monday.AddDays(14);
        Assert.Equal(1, await JobsAsync(j => j.SendWeeklyDigestsAsync()));
        var second = fixture.Smtp.LastTo(_partner.Editor);
        Assert.Contains("Tweede week — Testschool Oost", second.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerste week", second.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, MailsTo(_partner.Editor, subject));
    }
}
