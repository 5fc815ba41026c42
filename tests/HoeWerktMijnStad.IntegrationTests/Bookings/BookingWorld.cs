using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>The self-service world plus a school for its teacher, and activities of partner A to book.</summary>
public static class BookingWorld
{
    public static async Task<Applicant> TeacherAsync(this OutboxFixture fixture)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        await using var db = fixture.CreateDbContext();
        var teacher = await db.Users.SingleAsync(u => u.Email == SelfServiceWorld.Teacher);
        if (teacher.SchoolId is null)
        {
            var school = new School
            {
                Name = "Testschool Oost", Type = SchoolType.Secondary, Levels = [EducationLevel.Vmbo], Address = "Schoolstraat 1",
                City = "Amsterdam", District = "Oost", Location = new Point(4.93, 52.36) { SRID = 4326 },
            };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            teacher.SchoolId = school.Id;
            await db.SaveChangesAsync();
        }

        return new Applicant(teacher.Id, teacher.DisplayName, teacher.SchoolId!.Value);
    }

    public const string OtherTeacher = "docent@andere-school.example.nl";

    /// <summary>A teacher of another school, who must not see the first school's bookings.</summary>
    public static async Task OtherTeacherAsync(this OutboxFixture fixture)
    {
        await fixture.TeacherAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(OtherTeacher) is not null)
        {
            return;
        }

        await using var db = fixture.CreateDbContext();
        var school = new School
        {
            Name = "Andere School", Type = SchoolType.Primary, Levels = [EducationLevel.Po], Address = "Laan 2",
            City = "Diemen", District = "Diemen", Location = new Point(4.96, 52.34) { SRID = 4326 },
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = OtherTeacher, Email = OtherTeacher, EmailConfirmed = true, DisplayName = "Andere Docent", SchoolId = school.Id };
        Assert.True((await users.CreateAsync(user, SelfServiceWorld.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
    }

    /// <summary>A new activity of partner A in fixed slots, with one slot (by default a week after the fixture's today).</summary>
    public static async Task<(int ActivityId, int SlotId)> ActivityWithSlotAsync(this OutboxFixture fixture, int pupils, int groups, int maxGroupSize = 30,
        DateTimeOffset? startsAt = null)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var activity = new Activity
        {
            PartnerId = partner.Id, Title = $"Rondleiding {Guid.NewGuid():N}", Type = ActivityType.CompanyVisit,
            Levels = [EducationLevel.Vmbo], Themes = [Theme.Energie], MinGroupSize = 1, MaxGroupSize = maxGroupSize, DurationMinutes = 90,
        };
        var start = startsAt ?? fixture.Clock.GetUtcNow().AddDays(7);
        var slot = new Slot { Activity = activity, StartsAt = start, EndsAt = start.AddMinutes(90), CapacityPupils = pupils, CapacityGroups = groups };
        db.Slots.Add(slot);
        await db.SaveChangesAsync();
        return (activity.Id, slot.Id);
    }

    /// <summary>A filled-in form for the slot, every required checklist item confirmed.</summary>
    public static ApplicationInput Application(int slotId, int pupils) => new()
    {
        RequestKey = Guid.NewGuid(),
        SlotId = slotId,
        Level = EducationLevel.Vmbo,
        ClassYear = 3,
        Pupils = pupils,
        Adults = 2,
        DayPhone = "06 12345678",
        Travel = TravelMode.Bike,
        Confirmations = StandardConfirmations(),
    };

    /// <summary>A booking of a new slot, requested with every item the form asks for today confirmed, and
    /// confirmed by editor A on the partner's booking page: it takes the standard checklist as it is now.</summary>
    public static async Task<int> ConfirmedBookingAsync(this OutboxFixture fixture)
    {
        var teacher = await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(30, 1);
        int bookingId;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var requests = scope.ServiceProvider.GetRequiredService<BookingRequests>();
            var form = Application(slotId, 10);
            form.Confirmations = (await requests.ConfirmOnApplyAsync()).Select(i => new ApplicationInput.Confirmation { Id = i.Id, Checked = true }).ToList();
            var result = await requests.SubmitAsync(activityId, form, teacher);
            Assert.Empty(result.Errors);
            bookingId = result.Value;
        }

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var (_, html) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        Assert.Contains("Het bezoek is bevestigd", html, StringComparison.Ordinal);
        return bookingId;
    }

    public static List<ApplicationInput.Confirmation> StandardConfirmations() =>
        [new() { Id = 1, Checked = true }, new() { Id = 2, Checked = true }, new() { Id = 3, Checked = true }];

    /// <summary>A visit of the teacher's class to partner A ten days ago, completed, with the school's sent evaluation.</summary>
    public static async Task<int> CompletedVisitAsync(this OutboxFixture fixture, int mark, bool consent, string wentWell = "Goede uitleg bij de machines")
    {
        var teacher = await fixture.TeacherAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(60, 3);
        await using var db = fixture.CreateDbContext();
        var partnerId = await db.Partners.Where(p => p.Slug == "partner-a").Select(p => p.Id).SingleAsync();
        var start = fixture.Clock.GetUtcNow().AddDays(-10);
        var booking = new Booking
        {
            RequestKey = Guid.NewGuid(), ActivityId = activityId, PartnerId = partnerId, SchoolId = teacher.SchoolId, TeacherId = teacher.UserId,
            DateOptions = [start], StartsAt = start, EndsAt = start.AddHours(1), State = BookingState.Completed, Level = EducationLevel.Vmbo,
            ClassYear = 2, Pupils = 20, DayPhone = "0612345678", CreatedAt = start.AddDays(-14),
        };
        booking.Evaluations.Add(new Evaluation
        {
            Side = ChecklistSide.School, Preparation = 4, Content = 5, LearningGoalsFit = 4, Organisation = 3, Mark = mark, MetExpectations = true,
            WentWell = wentWell, BestPracticeConsent = consent, AuthorName = "Docent", UpdatedAt = start, SentAt = start.AddDays(1),
        });
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();

        // written beside the site, as another node would: the site hears of it by NOTIFY a moment later (ADR 0033);
        // the tests read right away, so the site's page cache is emptied here instead of waiting for that moment
        await fixture.Factory.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>()
            .EvictByTagAsync(HoeWerktMijnStad.Web.Infrastructure.Caching.PublicPageCache.Tag, CancellationToken.None);
        return booking.Id;
    }

    /// <summary>The teacher's request for a new activity's slot at <paramref name="visit"/>, through the real service.</summary>
    public static async Task<(int BookingId, int SlotId)> RequestAsync(this OutboxFixture fixture, DateTimeOffset visit, int pupils = 20)
    {
        var teacher = await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 3, startsAt: visit);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BookingRequests>().SubmitAsync(activityId, Application(slotId, pupils), teacher);
        return (result.Succeeded ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors)), slotId);
    }

    /// <summary>The follow-up job, run as Hangfire would, with the fixture's clock.</summary>
    public static async Task RunFollowUpAsync(this OutboxFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BookingFollowUp>().RunAsync();
    }

    public static async Task<(BookingState State, int SlotPupils)> StateAsync(this OutboxFixture fixture, int bookingId, int slotId)
    {
        await using var db = fixture.CreateDbContext();
        return ((await db.Bookings.SingleAsync(b => b.Id == bookingId)).State, (await db.Slots.SingleAsync(s => s.Id == slotId)).BookedPupils);
    }

    public static async Task<int> OutboxCountAsync(this OutboxFixture fixture)
    {
        await using var db = fixture.CreateDbContext();
        return await db.OutboxEmails.CountAsync();
    }
}
