using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Passports;

/// <summary>Stamps in a class's passports: automatically from a completed visit (called by the booking follow-up in
/// its own transaction) or a lesson letter done, and by hand with a date and a note. One stamp per class and skill,
/// so a job that runs twice stamps once.</summary>
public sealed class PassportStamps(IDbContextFactory<AppDbContext> dbFactory, SchoolClasses classes, TimeProvider clock)
{
    public const string UnknownSkill = "SkillUnknown";
    public const string AlreadyStamped = "SkillAlreadyStamped";
    public const string DateOutOfRange = "StampDateOutOfRange";
    public const string UnknownLesson = "LessonUnknown";
    public const string LessonAlreadyDone = "LessonAlreadyDone";

    public async Task<Outcome<string>> StampAsync(int classId, StampInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await classes.OwnClassAsync(db, classId, user, cancellationToken) is null)
        {
            return Outcome.Refused(SchoolClasses.NotYours);
        }

        if (!InRange(input.On!.Value))
        {
            return new FieldError(nameof(StampInput.On), DateOutOfRange);
        }

        var skill = await HeldSkills(db, classId).Where(s => s.Id == input.SkillId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (skill is null)
        {
            return new FieldError(nameof(StampInput.SkillId), UnknownSkill);
        }

        db.SkillStamps.Add(new SkillStamp
        {
            ClassId = classId, SkillId = input.SkillId!.Value, On = input.On.Value, Source = StampSource.Hand, Note = input.Note?.Trim() ?? "",
            StampedById = user.FindFirstValue(ClaimTypes.NameIdentifier), CreatedAt = clock.GetUtcNow(),
        });
        db.Record(user, "Vaardigheid gestempeld", skill);
        return await db.TrySaveChangesAsync(cancellationToken) ? skill : new FieldError(nameof(StampInput.SkillId), AlreadyStamped);
    }

    /// <summary>A lesson letter done: the class's passports get a stamp for every skill the lesson trains.</summary>
    public async Task<Outcome<(string Lesson, int Stamped)>> LessonDoneAsync(int classId, LessonDoneInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await classes.OwnClassAsync(db, classId, user, cancellationToken) is null)
        {
            return Outcome.Refused(SchoolClasses.NotYours);
        }

        if (!InRange(input.On!.Value))
        {
            return new FieldError(nameof(LessonDoneInput.On), DateOutOfRange);
        }

        var lesson = await db.Lessons.Where(l => l.Id == input.LessonId && l.PublishedAt != null).Select(l => l.Title).SingleOrDefaultAsync(cancellationToken);
        if (lesson is null)
        {
            return new FieldError(nameof(LessonDoneInput.LessonId), UnknownLesson);
        }

        var lessonId = input.LessonId!.Value;
        db.ClassLessons.Add(new ClassLesson { ClassId = classId, LessonId = lessonId, On = input.On.Value });
        var stamped = await AddStampsAsync(db, classId, HeldSkills(db, classId).Where(s => s.Lessons.Any(l => l.Id == lessonId)),
            input.On.Value, StampSource.Lesson, null, lessonId, clock.GetUtcNow(), cancellationToken);
        db.Record(user, "Lesbrief gedaan", lesson);
        return await db.TrySaveChangesAsync(cancellationToken) ? (lesson, stamped) : new FieldError(nameof(LessonDoneInput.LessonId), LessonAlreadyDone);
    }

    /// <summary>A completed visit stamps the skills its activity trains in the passports of the class that went. Called
    /// inside the follow-up job's transaction; saved with the booking's completion.</summary>
    public static async Task<int> VisitCompletedAsync(AppDbContext db, Booking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (booking.ClassId is not { } classId || booking.StartsAt is not { } startsAt)
        {
            return 0;
        }

        var activityId = booking.ActivityId;
        return await AddStampsAsync(db, classId, HeldSkills(db, classId).Where(s => s.Activities.Any(a => a.Id == activityId)),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, AmsterdamTime.Zone).DateTime), StampSource.Visit, booking.Id, null, now, cancellationToken);
    }

    /// <summary>A passport started later counts what the class already did: its completed visits and lessons done.</summary>
    public static async Task CatchUpAsync(AppDbContext db, int classId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var visits = await db.Bookings.Where(b => b.ClassId == classId && b.State == BookingState.Completed).ToListAsync(cancellationToken);
        foreach (var visit in visits)
        {
            await VisitCompletedAsync(db, visit, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var lessons = await db.ClassLessons.AsNoTracking().Where(l => l.ClassId == classId).ToListAsync(cancellationToken);
        foreach (var done in lessons)
        {
            await AddStampsAsync(db, classId, HeldSkills(db, classId).Where(s => s.Lessons.Any(l => l.Id == done.LessonId)),
                done.On, StampSource.Lesson, null, done.LessonId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The skills of the passports the class holds.</summary>
    private static IQueryable<PassportSkill> HeldSkills(AppDbContext db, int classId) =>
        db.PassportSkills.Where(s => db.ClassPassports.Any(p => p.ClassId == classId && p.PassportId == s.PassportId));

    private static async Task<int> AddStampsAsync(AppDbContext db, int classId, IQueryable<PassportSkill> skills, DateOnly on, StampSource source,
        int? bookingId, int? lessonId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await skills.Where(s => !db.SkillStamps.Any(t => t.ClassId == classId && t.SkillId == s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var skillId in due.Where(id => !db.SkillStamps.Local.Any(t => t.ClassId == classId && t.SkillId == id)))
        {
            db.SkillStamps.Add(new SkillStamp { ClassId = classId, SkillId = skillId, On = on, Source = source, BookingId = bookingId, LessonId = lessonId, CreatedAt = now });
        }

        return due.Count;
    }

    private bool InRange(DateOnly day)
    {
        var today = AmsterdamTime.Today(clock);
        return day <= today && day >= today.AddYears(-1);
    }
}
