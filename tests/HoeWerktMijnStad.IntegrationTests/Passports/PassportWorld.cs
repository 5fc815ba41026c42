using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Passports;

/// <summary>A passport with three skills: one trained by a new activity of partner A, one by a published lesson
/// letter, one by neither (stamped by hand).</summary>
public static class PassportWorld
{
    public sealed record World(int PassportId, string PassportName, int ActivityId, int LessonId, string LessonTitle, int VisitSkill, int LessonSkill, int HandSkill);

    public static async Task<World> PassportAsync(this OutboxFixture fixture)
    {
        await fixture.TeacherAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(60, 3);
        await using var db = fixture.CreateDbContext();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var activity = await db.Activities.SingleAsync(a => a.Id == activityId);
        var lesson = new Lesson
        {
            Slug = $"stroom-{suffix}", Title = $"Stroom in de klas {suffix}", Kind = LessonKind.LessonLetter, Levels = [EducationLevel.Po], Theme = Theme.Energie,
            DurationMinutes = 45, PublishedAt = fixture.Clock.GetUtcNow().AddDays(-30), UpdatedAt = fixture.Clock.GetUtcNow().AddDays(-30),
        };
        var passport = new SkillsPassport { Name = $"Klusklas {suffix}", GroupFrom = 5, GroupTo = 8, CreatedAt = fixture.Clock.GetUtcNow() };
        var visitSkill = new PassportSkill { Name = "Een leiding buigen", Position = 0, Activities = [activity] };
        var lessonSkill = new PassportSkill { Name = "Een stroomkring maken", Position = 1, Lessons = [lesson] };
        var handSkill = new PassportSkill { Name = "Veilig werken met gereedschap", Position = 2 };
        passport.Skills.AddRange([visitSkill, lessonSkill, handSkill]);
        db.SkillsPassports.Add(passport);
        await db.SaveChangesAsync();
        return new World(passport.Id, passport.Name, activityId, lesson.Id, lesson.Title, visitSkill.Id, lessonSkill.Id, handSkill.Id);
    }

    /// <summary>A class of the teacher's school holding the passport.</summary>
    public static async Task<int> ClassAsync(this OutboxFixture fixture, World world, string name)
    {
        var teacher = await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        var schoolClass = new SchoolClass { SchoolId = teacher.SchoolId, Name = name, Level = EducationLevel.Po, Year = 7, CreatedAt = fixture.Clock.GetUtcNow() };
        schoolClass.Passports.Add(new ClassPassport { PassportId = world.PassportId, StartedAt = fixture.Clock.GetUtcNow() });
        db.SchoolClasses.Add(schoolClass);
        await db.SaveChangesAsync();
        return schoolClass.Id;
    }

    public static async Task<List<SkillStamp>> StampsAsync(this OutboxFixture fixture, int classId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.SkillStamps.AsNoTracking().Where(s => s.ClassId == classId).ToListAsync();
    }

    /// <summary>A confirmed visit of the class yesterday, as the booking form would have made it.</summary>
    public static async Task<int> VisitYesterdayAsync(this OutboxFixture fixture, World world, int classId)
    {
        var teacher = await fixture.TeacherAsync();
        await using var db = fixture.CreateDbContext();
        var partnerId = await db.Activities.Where(a => a.Id == world.ActivityId).Select(a => a.PartnerId).SingleAsync();
        var start = fixture.Clock.GetUtcNow().AddDays(-1);
        var booking = new Booking
        {
            RequestKey = Guid.NewGuid(), ActivityId = world.ActivityId, PartnerId = partnerId, SchoolId = teacher.SchoolId, TeacherId = teacher.UserId,
            DateOptions = [start], StartsAt = start, EndsAt = start.AddHours(1), State = BookingState.Confirmed, Level = EducationLevel.Po,
            ClassYear = 7, ClassId = classId, Pupils = 24, DayPhone = "0612345678", CreatedAt = start.AddDays(-14),
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
