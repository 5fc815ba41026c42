using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Privacy;

/// <summary>The booking world (partner A, its editor, a teacher at a school) plus accounts, bookings and requests
/// placed at chosen moments relative to the fixture's clock.</summary>
public static class PrivacyWorld
{
    public const string Password = SelfServiceWorld.Password;

    /// <summary>The booking world's teacher. The world's accounts are made without a creation date (year 1); they get
    /// the fixture's today, so the inactive-account rule leaves them alone unless a test says otherwise.</summary>
    public static async Task<Applicant> WorldAsync(this OutboxFixture fixture)
    {
        var teacher = await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        var today = fixture.Clock.GetUtcNow();
        await db.Users.Where(u => u.CreatedAt < new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, today));
        return teacher;
    }

    /// <summary>A new account with a role (and for a teacher the booking world's school), created at <paramref name="createdAt"/>.</summary>
    public static async Task<AppUser> AccountAsync(this OutboxFixture fixture, string email, string role, string name, DateTimeOffset? createdAt = null)
    {
        var teacher = await fixture.WorldAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = createdAt ?? fixture.Clock.GetUtcNow(),
            SchoolId = role == Roles.Teacher ? teacher.SchoolId : null,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>A completed visit of partner A by the teacher's class that ended <paramref name="endedDaysAgo"/> days ago,
    /// with contact data, a history line, a ticked checklist item and the school's evaluation by the teacher.</summary>
    public static async Task<int> PastVisitAsync(this OutboxFixture fixture, string teacherId, string teacherName, double endedDaysAgo, string phone = "06 11112222")
    {
        await fixture.WorldAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        await using var db = fixture.CreateDbContext();
        var partnerId = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        var schoolId = await db.Users.Where(u => u.Email == SelfServiceWorld.Teacher).Select(u => u.SchoolId!.Value).SingleAsync();
        var end = fixture.Clock.GetUtcNow().AddDays(-endedDaysAgo);
        var booking = new Booking
        {
            RequestKey = Guid.NewGuid(), ActivityId = activityId, PartnerId = partnerId, SchoolId = schoolId, TeacherId = teacherId,
            DateOptions = [end.AddHours(-2)], StartsAt = end.AddHours(-2), EndsAt = end, State = BookingState.Completed,
            Level = EducationLevel.Vmbo, ClassYear = 3, Pupils = 24, Adults = 2, Travel = TravelMode.Bike,
            DayPhone = phone, SpecialNeeds = "Een leerling in een rolstoel", LearningGoals = "Weten hoe een warmtepomp werkt",
            CreatedAt = end.AddDays(-30), CompletedAt = end.AddDays(1),
        };
        booking.History.Add(new BookingEvent { At = end.AddDays(-30), ActorId = teacherId, ActorName = teacherName, What = "Aanvraag ingediend" });
        booking.Checklist.Add(new BookingChecklistItem
        {
            Side = ChecklistSide.School, Phase = ChecklistPhase.Before, Position = 1, Text = "Begeleiders geregeld",
            DoneAt = end.AddDays(-2), DoneBy = teacherName, DoneById = teacherId,
        });
        booking.Evaluations.Add(new Evaluation
        {
            Side = ChecklistSide.School, Preparation = 4, Content = 5, LearningGoalsFit = 4, Organisation = 5, Mark = 8, MetExpectations = true,
            WentWell = "Veel gezien", AuthorId = teacherId, AuthorName = teacherName, UpdatedAt = end.AddDays(1), SentAt = end.AddDays(1),
        });
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    /// <summary>A vraag-en-aanbod request of the teacher, withdrawn <paramref name="closedDaysAgo"/> days ago (or still
    /// open when null), with partner A's offer on it.</summary>
    public static async Task<int> RequestAsync(this OutboxFixture fixture, string teacherId, double? closedDaysAgo)
    {
        await fixture.WorldAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        await using var db = fixture.CreateDbContext();
        var partnerId = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        var editorId = await db.Users.Where(u => u.Email == SelfServiceWorld.EditorA).Select(u => u.Id).SingleAsync();
        var schoolId = await db.Users.Where(u => u.Email == SelfServiceWorld.Teacher).Select(u => u.SchoolId!.Value).SingleAsync();
        var now = fixture.Clock.GetUtcNow();
        var closedAt = closedDaysAgo is { } days ? now.AddDays(-days) : (DateTimeOffset?)null;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var request = new DemandRequest
        {
            SchoolId = schoolId, TeacherId = teacherId, Title = "Een bezoek over warmtepompen", Description = "Bel me op 06 99998888",
            Level = EducationLevel.Vmbo, ClassYear = 3, Pupils = 25, PeriodStart = today.AddDays(-200), PeriodEnd = today.AddDays(30),
            RadiusKm = 10, TravelNote = "Met de fiets, vraag naar juf Jansen", State = closedAt is null ? DemandState.Open : DemandState.Withdrawn,
            CreatedAt = now.AddDays(-200), ClosedAt = closedAt,
        };
        request.Offers.Add(new DemandOffer
        {
            PartnerId = partnerId, ActivityId = activityId, Dates = [now.AddDays(10)], Message = "Groet, Piet (06 12121212)",
            State = closedAt is null ? DemandOfferState.Open : DemandOfferState.Closed, AuthorId = editorId, AuthorName = "Piet Redacteur",
            CreatedAt = now.AddDays(-190), ClosedAt = closedAt,
        });
        db.DemandRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    public static async Task<T> WithAsync<T>(this OutboxFixture fixture, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static Task<T> JobsAsync<T>(this OutboxFixture fixture, Func<RetentionJobs, Task<T>> job) =>
        fixture.WithAsync(services => job(services.GetRequiredService<RetentionJobs>()));
}
