using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Open requests of demo schools (Vraag en aanbod), so the demo partner and the programme leader find
/// something: one of the demo teacher's school, the others of schools without a demo account. One was posted
/// twelve days ago and has no offer, so /beheer/vragen shows it. Added once, when there is no request at all.</summary>
public static class DemoRequests
{
    private sealed record Row(string School, string Title, string Description, ActivityType Type, Theme Theme, EducationLevel Level, int Year, int Pupils,
        int PostedDaysAgo, int FromDays, int ToDays, int RadiusKm, string Travel, bool OfDemoTeacher);

    private static readonly Row[] Rows =
    [
        new(DemoSchools.DemoTeacherSchool, "Een workshop zonnepanelen leggen", "De klas leert dit jaar over elektrotechniek en wil zelf met panelen en een omvormer werken.",
            ActivityType.Workshop, Theme.Energie, EducationLevel.Vmbo, 4, 16, 3, 20, 60, 15, "met de bus, tot 40 minuten", true),
        new("Technisch College Noord", "Gastles over warmtepompen en aardgasvrij wonen", "Veel leerlingen wonen in een wijk die van het gas af gaat. Wat betekent dat thuis, en welk werk hoort erbij?",
            ActivityType.GuestLesson, Theme.Energie, EducationLevel.Vmbo, 2, 24, 5, 14, 75, 10, "", false),
        new("Basisschool De Windroos", "Proefjes met warmte en stroom voor groep 7", "We werken aan het thema energie en zoeken een middag waarop de kinderen zelf iets bouwen of meten.",
            ActivityType.MiniProject, Theme.Energie, EducationLevel.Po, 7, 26, 12, 10, 50, 8, "lopend of op de fiets", false),
        new("Mbo College Zaanstad Techniek", "Bezoek aan een laadplein of een netstation", "Studenten Elektrotechniek willen zien hoe laadpalen op het net worden aangesloten.",
            ActivityType.CompanyVisit, Theme.Mobiliteit, EducationLevel.Mbo, 2, 18, 1, 7, 40, 15, "met het ov tot 30 minuten", false),
    ];

    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, string? teacherId, CancellationToken cancellationToken = default)
    {
        if (await db.DemandRequests.AnyAsync(cancellationToken))
        {
            return;
        }

        var names = Rows.Select(r => r.School).ToList();
        var schools = await db.Schools.Where(s => names.Contains(s.Name)).ToDictionaryAsync(s => s.Name, s => s.Id, cancellationToken);
        var (today, now) = (AmsterdamTime.Today(clock), clock.GetUtcNow());
        foreach (var row in Rows.Where(r => schools.ContainsKey(r.School)))
        {
            db.DemandRequests.Add(new DemandRequest
            {
                SchoolId = schools[row.School],
                TeacherId = row.OfDemoTeacher ? teacherId : null,
                Title = row.Title,
                Description = row.Description,
                ActivityType = row.Type,
                Theme = row.Theme,
                Level = row.Level,
                ClassYear = row.Year,
                Pupils = row.Pupils,
                PeriodStart = today.AddDays(row.FromDays),
                PeriodEnd = today.AddDays(row.ToDays),
                PreferredWeekdays = [DayOfWeek.Tuesday, DayOfWeek.Thursday],
                RadiusKm = row.RadiusKm,
                TravelNote = row.Travel,
                WorksiteWelcome = true,
                TechLabWelcome = true,
                State = DemandState.Open,
                CreatedAt = now.AddDays(-row.PostedDaysAgo),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
