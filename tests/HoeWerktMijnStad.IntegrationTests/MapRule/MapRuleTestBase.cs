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
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>The map rule's test world: partner A and B (joined in January 2026) on the map, no bookings, no
/// history, before every test; helpers to close a month, add a visit and read a status.</summary>
public abstract class MapRuleTestBase(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    protected static readonly MapMonth October = new(new DateOnly(2026, 10, 1));

    protected OutboxFixture Fixture { get; } = fixture;

    public async Task InitializeAsync()
    {
        await Fixture.TeacherAsync();
        await using var db = Fixture.CreateDbContext();
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

    protected async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    protected Task<Outcome<RulePartner[]>> CloseAsync(MapMonth month) =>
        WithAsync(s => s.GetRequiredService<MonthlyMapRule>().CloseAsync(month, null, MonthlyMapRule.System));

    /// <summary>Why the close or undo did nothing, in the site's Dutch words; null when it was done.</summary>
    protected static string? Refusal(Outcome<RulePartner[]> outcome) =>
        outcome.Succeeded ? null : SiteText.Say<MapRuleText>(outcome.Errors[0]);

    /// <summary>A school visit of the teacher's class to a partner, in the given state, starting at a wall-clock time in Amsterdam.</summary>
    protected async Task<int> VisitAsync(string partnerSlug, DateTime localStart, BookingState state)
    {
        await using var db = Fixture.CreateDbContext();
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

    protected async Task<MapStatus> StatusAsync(string slug)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Partners.Where(p => p.Slug == slug).Select(p => p.MapStatus).SingleAsync();
    }
}
