using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>The monthly map rule with the real database and a real SMTP server: month close, warning, return,
/// exemptions, idempotency and one close across two instances. Partner A and B joined in January 2026.</summary>
public sealed class MapRuleTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private static readonly MapMonth October = new(new DateOnly(2026, 10, 1));

    public async Task InitializeAsync()
    {
        await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        // every test starts from everyone on the map and no history
        await db.Database.ExecuteSqlRawAsync("""
            DELETE FROM booking_checklist_items; DELETE FROM booking_events; DELETE FROM evaluations; DELETE FROM bookings;
            DELETE FROM map_status_changes; DELETE FROM map_month_closes; DELETE FROM partner_exemptions;
            DELETE FROM partners WHERE slug = 'nieuw-bedrijf';
            UPDATE partners SET map_status = 'on_map', map_warned_month = NULL;
            """);
        if (!await db.Sites.AnyAsync(s => s.Partner!.Slug == "partner-b"))
        {
            var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
            db.Sites.Add(new Site { PartnerId = b.Id, Name = "Werkplaats B", Address = "Kade 1", City = "Amsterdam", Location = new Point(4.9, 52.37) { SRID = 4326 } });
            await db.SaveChangesAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    private Task<MonthCloseResult> CloseAsync(MapMonth month) =>
        WithAsync(s => s.GetRequiredService<MonthlyMapRule>().CloseAsync(month, null, MonthlyMapRule.System));

    /// <summary>A school visit of the teacher's class to a partner, in the given state, starting at a wall-clock time in Amsterdam.</summary>
    private async Task<int> VisitAsync(string partnerSlug, DateTime localStart, BookingState state)
    {
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == partnerSlug);
        var teacher = await db.Users.SingleAsync(u => u.Email == SelfServiceWorld.Teacher);
        var activity = new Activity
        {
            PartnerId = partner.Id, Title = "Werkplaatsbezoek", Type = ActivityType.CompanyVisit, Levels = [EducationLevel.Vmbo],
            MinGroupSize = 1, MaxGroupSize = 30, DurationMinutes = 60,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        var start = AmsterdamTime.ToInstant(localStart).ToUniversalTime();
        var booking = new Booking
        {
            RequestKey = Guid.NewGuid(), ActivityId = activity.Id, PartnerId = partner.Id, SchoolId = teacher.SchoolId!.Value, TeacherId = teacher.Id,
            DateOptions = [start], StartsAt = start, EndsAt = start.AddHours(1), State = state, Level = EducationLevel.Vmbo, ClassYear = 2,
            Pupils = 20, DayPhone = "0612345678", CreatedAt = start.AddDays(-20),
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    private async Task<MapStatus> StatusAsync(string slug)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.Where(p => p.Slug == slug).Select(p => p.MapStatus).SingleAsync();
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.OutboxEmails.CountAsync();
    }

    [Fact]
    public async Task The_month_close_takes_partners_without_a_completed_visit_off_the_map_once_with_history_and_mail()
    {
        await VisitAsync("partner-a", new DateTime(2026, 10, 14, 10, 0, 0), BookingState.Completed);
        // a visit at 00:30 on 1 November belongs to November, not to the month being closed (and it is completed only the day after)
        await VisitAsync("partner-b", new DateTime(2026, 11, 1, 0, 30, 0), BookingState.Confirmed);
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));

        var preview = await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().PreviewAsync(October));
        Assert.Equal(["Partner B"], preview.Select(p => p.Name));

        var before = await OutboxCountAsync();
        var result = await CloseAsync(October);
        Assert.True(result.Done);
        Assert.Equal(["Partner B"], result.Removed.Select(p => p.Name));
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-a"));
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));

        var again = await CloseAsync(October);
        Assert.False(again.Done);
        Assert.Equal("oktober 2026 is al afgesloten.", again.Refusal);
        Assert.Equal(1, await OutboxCountAsync() - before);

        await using (var db = fixture.CreateDbContext())
        {
            var change = await db.MapStatusChanges.SingleAsync();
            Assert.Equal((MapStatus.OnMap, MapStatus.OffMap, October.First, MapStatusReason.NoVisit, MonthlyMapRule.System),
                (change.OldStatus, change.NewStatus, change.Month, change.Reason, change.ActorName));
            Assert.Equal(1, (await db.MapMonthCloses.SingleAsync()).Removed);
        }

        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B staat niet meer op de kaart");
        Assert.Contains("geen schoolbezoek ontvangen", mail.TextBody, StringComparison.Ordinal);

        var anonymous = fixture.Factory.CreateClient();
        Assert.DoesNotContain("Werkplaats B", await anonymous.GetStringAsync("/api/map/features?layer=sites"), StringComparison.Ordinal);
        Assert.DoesNotContain("Partner B", await anonymous.GetStringAsync("/partners"), StringComparison.Ordinal);
        Assert.Contains("staat op dit moment niet op de kaart", await anonymous.GetStringAsync("/partners/partner-b"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_that_is_not_over_cannot_close()
    {
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 10, 31), new TimeOnly(23, 59));
        var result = await CloseAsync(October);
        Assert.False(result.Done);
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));
    }

    [Fact]
    public async Task Two_instances_closing_the_same_month_at_once_close_it_once()
    {
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        await using var second = new HwmsWebFactory(fixture.ConnectionString, fixture.Clock, fixture.Smtp.Port);
        _ = second.Services; // start the second host
        var before = await OutboxCountAsync();

        async Task<MonthCloseResult> On(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MonthlyMapRule>().CloseAsync(October, null, MonthlyMapRule.System);
        }

        var results = await Task.WhenAll(On(fixture.Factory.Services), On(second.Services), On(fixture.Factory.Services), On(second.Services));
        Assert.Single(results, r => r.Done);
        Assert.Equal(2, results.Single(r => r.Done).Removed.Count); // neither partner had a visit
        Assert.Equal(2, await OutboxCountAsync() - before);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, await db.MapStatusChanges.CountAsync());
    }

    [Fact]
    public async Task A_close_waits_for_one_in_progress_and_then_does_nothing_or_does_it_all_if_that_one_failed()
    {
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        async Task<Npgsql.NpgsqlTransaction> HoldClaimAsync(Npgsql.NpgsqlConnection connection)
        {
            await connection.OpenAsync();
            var transaction = await connection.BeginTransactionAsync();
            await using var claim = new Npgsql.NpgsqlCommand("INSERT INTO map_month_closes (month, closed_at, closed_by, removed) VALUES ('2026-10-01', now(), 'ander proces', 0)", connection, transaction);
            await claim.ExecuteNonQueryAsync();
            return transaction;
        }

        // another instance holds the claim and fails: this close waits, then does the whole month
        await using (var other = new Npgsql.NpgsqlConnection(fixture.ConnectionString))
        {
            var held = await HoldClaimAsync(other);
            var waiting = CloseAsync(October);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted);
            await held.RollbackAsync();
            var result = await waiting;
            Assert.True(result.Done);
            Assert.Equal(2, result.Removed.Count);
        }

        // another instance holds a claim for November and commits: this close waits, then finds it closed
        await using (var db = fixture.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM map_month_closes; UPDATE partners SET map_status = 'on_map'");
        }

        await using (var other = new Npgsql.NpgsqlConnection(fixture.ConnectionString))
        {
            var held = await HoldClaimAsync(other);
            var waiting = CloseAsync(October);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted);
            await held.CommitAsync();
            Assert.Equal("oktober 2026 is al afgesloten.", (await waiting).Refusal);
            Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));
        }
    }

    [Fact]
    public async Task Only_last_month_closes_and_a_visit_completed_since_it_ended_keeps_a_partner_on()
    {
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 20), new TimeOnly(12, 0));
        Assert.Equal("september 2026 ligt te ver terug: alleen de vorige maand kan worden afgesloten.",
            (await CloseAsync(new MapMonth(new DateOnly(2026, 9, 1)))).Refusal);

        // a late close of October on the 20th: B already hosted a completed visit in November
        await VisitAsync("partner-b", new DateTime(2026, 11, 5, 10, 0, 0), BookingState.Completed);
        Assert.Equal(["Partner A"], (await CloseAsync(October)).Removed.Select(p => p.Name));
    }

    [Fact]
    public async Task A_partner_the_leader_took_off_by_hand_does_not_come_back_with_a_visit()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
            b.MapStatus = MapStatus.OffMap;
            db.MapStatusChanges.Add(new MapStatusChange { PartnerId = b.Id, OldStatus = MapStatus.OnMap, NewStatus = MapStatus.OffMap,
                Month = new DateOnly(2026, 11, 1), Reason = MapStatusReason.Manual, ActorName = "Leider" });
            await db.SaveChangesAsync();
        }

        await VisitAsync("partner-b", new DateTime(2026, 11, 12, 9, 30, 0), BookingState.Confirmed);
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 13), new TimeOnly(0, 15));
        await WithAsync(async s => await s.GetRequiredService<BookingFollowUp>().CompleteAsync());
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));
    }

    [Fact]
    public async Task Holiday_months_new_partners_and_personal_exemptions_keep_partners_on_the_map()
    {
        await using (var db = fixture.CreateDbContext())
        {
            db.Partners.Add(new Partner { Slug = "nieuw-bedrijf", Name = "Nieuw Bedrijf", Pitch = "Nieuw", JoinedOn = new DateOnly(2026, 9, 20) });
            var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
            db.PartnerExemptions.Add(new PartnerExemption { PartnerId = b.Id, Month = October.First, Reason = "Verbouwing van de werkplaats", GrantedByName = "Leider" });
            await db.SaveChangesAsync();
        }

        // July is a holiday month by default: nobody leaves
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 8, 1), new TimeOnly(6, 0));
        Assert.Empty((await CloseAsync(new MapMonth(new DateOnly(2026, 7, 1)))).Removed);

        // October: B is exempt, the new partner (joined in September) is in its grace months; A leaves
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        Assert.Equal(["Partner A"], (await CloseAsync(October)).Removed.Select(p => p.Name));
        Assert.Equal(MapStatus.OnMap, await StatusAsync("nieuw-bedrijf"));

        // November: the new partner's grace is over
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 1), new TimeOnly(6, 0));
        Assert.Contains("Nieuw Bedrijf", (await CloseAsync(new MapMonth(new DateOnly(2026, 11, 1)))).Removed.Select(p => p.Name));
    }

    [Fact]
    public async Task Mid_month_partners_without_a_visit_are_warned_once()
    {
        await VisitAsync("partner-a", new DateTime(2026, 11, 25, 10, 0, 0), BookingState.Confirmed);
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 15), new TimeOnly(9, 0));
        var before = await OutboxCountAsync();
        var warned = await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().WarnAsync());
        Assert.Equal(["Partner B"], warned.Select(p => p.Name));
        Assert.Empty(await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().WarnAsync()));
        Assert.Equal(1, await OutboxCountAsync() - before);

        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B: nog geen schoolbezoek in november 2026");
        Assert.Contains("1 december 2026 van de kaart", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/partner/aanbod?partner=partner-b", mail.TextBody, StringComparison.Ordinal);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.Contains("nog geen schoolbezoek", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_off_the_map_comes_back_when_a_visit_is_completed()
    {
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        await CloseAsync(October);
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));

        // a teacher books B through its page's link; the visit takes place mid-November
        await VisitAsync("partner-b", new DateTime(2026, 11, 12, 9, 30, 0), BookingState.Confirmed);
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 13), new TimeOnly(0, 15));
        await WithAsync(async s => await s.GetRequiredService<BookingFollowUp>().CompleteAsync());
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));

        await using (var db = fixture.CreateDbContext())
        {
            var back = await db.MapStatusChanges.OrderBy(c => c.Id).LastAsync();
            Assert.Equal((MapStatus.OnMap, MapStatusReason.VisitCompleted, new DateOnly(2026, 11, 1)), (back.NewStatus, back.Reason, back.Month));
        }

        await fixture.Factory.DeliverMailAsync();
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B staat weer op de kaart");
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var dashboard = await editor.GetStringAsync("/partner");
        Assert.Contains("1 bezoek deze maand — je blijft op de kaart", dashboard, StringComparison.Ordinal);
        Assert.Contains("Schoolbezoek uitgevoerd", dashboard, StringComparison.Ordinal);
    }
}
