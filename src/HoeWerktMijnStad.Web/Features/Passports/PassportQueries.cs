using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Passports;

public sealed record ClassSummary(int Id, string Name, EducationLevel Level, int Year, List<PassportProgress> Passports);

public sealed record PassportProgress(int PassportId, string Name, int Stamped, int Skills);

public sealed record StampView(DateOnly On, StampSource Source, string Note, string? From);

public sealed record SkillView(int Id, string Name, StampView? Stamp);

public sealed record HeldPassport(int Id, string Name, string Description, List<SkillView> Skills)
{
    public int Stamped => Skills.Count(s => s.Stamp is not null);
}

public sealed record ClassPassportView(int Id, string Name, EducationLevel Level, int Year, string School, List<HeldPassport> Passports,
    List<(int Id, string Name)> OtherPassports, List<(int Id, string Title)> Lessons);

public sealed record Suggestion(int ActivityId, string Title, string Partner, string Place, double? DistanceMeters, DateTimeOffset? NextStart, List<string> Skills);

public sealed record PassportDistrictFigure(string Passport, string District, int Classes, int Skills, double AverageStamped);

/// <summary>What the passport pages show: a school's classes, one class's passports with their stamps, the nearest
/// bookable activities for the skills still missing, and the leader's figures by district.</summary>
public sealed class PassportQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int SuggestionCount = 5;

    public async Task<List<ClassSummary>> ClassesAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SchoolClasses.AsNoTracking().Where(c => c.SchoolId == schoolId).OrderBy(c => c.Name)
            .Select(c => new ClassSummary(c.Id, c.Name, c.Level, c.Year, c.Passports.OrderBy(p => p.Passport!.Name)
                .Select(p => new PassportProgress(p.PassportId, p.Passport!.Name,
                    db.SkillStamps.Count(s => s.ClassId == c.Id && s.Skill!.PassportId == p.PassportId), p.Passport.Skills.Count)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<(int Id, string Name)>> PassportChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.SkillsPassports.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>The class's passports and stamps, when the class is the school's; null otherwise.</summary>
    public async Task<ClassPassportView?> ClassPassportAsync(int classId, int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schoolClass = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == classId && c.SchoolId == schoolId)
            .Select(c => new { c.Id, c.Name, c.Level, c.Year, School = c.School!.Name }).SingleOrDefaultAsync(cancellationToken);
        if (schoolClass is null)
        {
            return null;
        }

        var held = await db.ClassPassports.AsNoTracking().Where(p => p.ClassId == classId).OrderBy(p => p.Passport!.Name)
            .Select(p => new { p.Passport!.Id, p.Passport.Name, p.Passport.Description }).ToListAsync(cancellationToken);
        var heldIds = held.Select(p => p.Id).ToList();
        var skills = await db.PassportSkills.AsNoTracking().Where(s => heldIds.Contains(s.PassportId)).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.PassportId, s.Name,
                Stamp = db.SkillStamps.Where(t => t.ClassId == classId && t.SkillId == s.Id)
                    .Select(t => new StampView(t.On, t.Source, t.Note,
                        t.BookingId != null ? db.Bookings.Where(b => b.Id == t.BookingId).Select(b => b.Activity!.Title + " (" + b.Partner!.Name + ")").FirstOrDefault()
                        : t.LessonId != null ? db.Lessons.Where(l => l.Id == t.LessonId).Select(l => l.Title).FirstOrDefault() : null))
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var others = await db.SkillsPassports.AsNoTracking().Where(p => !heldIds.Contains(p.Id)).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.PublishedAt != null && !db.ClassLessons.Any(c => c.ClassId == classId && c.LessonId == l.Id)
                && db.PassportSkills.Any(s => heldIds.Contains(s.PassportId) && s.Lessons.Any(x => x.Id == l.Id)))
            .OrderBy(l => l.Title).Select(l => new { l.Id, l.Title }).ToListAsync(cancellationToken);

        return new ClassPassportView(schoolClass.Id, schoolClass.Name, schoolClass.Level, schoolClass.Year, schoolClass.School,
            held.Select(p => new HeldPassport(p.Id, p.Name, p.Description,
                skills.Where(s => s.PassportId == p.Id).Select(s => new SkillView(s.Id, s.Name, s.Stamp)).ToList())).ToList(),
            others.Select(p => (p.Id, p.Name)).ToList(), lessons.Select(l => (l.Id, l.Title)).ToList());
    }

    /// <summary>The nearest bookable activities that train one of the missing skills, nearest to the school first.</summary>
    public async Task<List<Suggestion>> SuggestionsAsync(int classId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var school = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == classId).Select(c => c.School!.Location).SingleAsync(cancellationToken);
        var missing = db.PassportSkills.Where(s => db.ClassPassports.Any(p => p.ClassId == classId && p.PassportId == s.PassportId)
            && !db.SkillStamps.Any(t => t.ClassId == classId && t.SkillId == s.Id));
        var free = db.Slots.Free(BookingRequests.EarliestStart(clock.GetUtcNow()));
        var rows = await db.Activities.AsNoTracking().Listed()
            .Where(a => missing.Any(s => s.Activities.Any(x => x.Id == a.Id)))
            .Where(a => a.BookingMode == BookingMode.OnRequest || free.Any(s => s.ActivityId == a.Id))
            .Select(a => new
            {
                a.Id, a.Title, Partner = a.Partner!.Name,
                Place = a.Site != null ? a.Site.Name + ", " + a.Site.City : a.Worksite != null ? a.Worksite.Title + ", " + a.Worksite.City : "Op school",
                Distance = a.Site != null ? a.Site.Location.Distance(school) : a.Worksite != null ? a.Worksite.Location.Distance(school) : (double?)null,
                Next = free.Where(s => s.ActivityId == a.Id).OrderBy(s => s.StartsAt).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefault(),
                Skills = missing.Where(s => s.Activities.Any(x => x.Id == a.Id)).OrderBy(s => s.Position).Select(s => s.Name).ToList(),
            })
            .OrderBy(a => a.Distance ?? 0).ThenBy(a => a.Title)
            .Take(SuggestionCount)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Suggestion(r.Id, r.Title, r.Partner, r.Place, r.Distance, r.Next, r.Skills)).ToList();
    }

    /// <summary>Per passport and district: how many classes hold it and how many of its skills they have on average.</summary>
    public async Task<List<PassportDistrictFigure>> FiguresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ClassPassports.AsNoTracking()
            .Select(p => new
            {
                Passport = p.Passport!.Name,
                District = p.Class!.School!.District == "" ? p.Class.School.City : p.Class.School.District,
                Skills = p.Passport.Skills.Count,
                Stamped = db.SkillStamps.Count(s => s.ClassId == p.ClassId && s.Skill!.PassportId == p.PassportId),
            })
            .GroupBy(r => new { r.Passport, r.District })
            .Select(g => new { g.Key.Passport, g.Key.District, Classes = g.Count(), Skills = g.Max(r => r.Skills), Average = g.Average(r => (double)r.Stamped) })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Passport).ThenBy(r => r.District)
            .Select(r => new PassportDistrictFigure(r.Passport, r.District, r.Classes, r.Skills, r.Average)).ToList();
    }
}
