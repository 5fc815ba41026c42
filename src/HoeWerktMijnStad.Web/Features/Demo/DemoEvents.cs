using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The network's agenda in the demo (ADR 0028): an open day in a TechLab, teacher conversations at a school and
/// a partner, an online session for the whole chain, a workshop and a matchmaking day, in the coming weeks. Added
/// again when no event lies ahead. Fictional, like every demo partner; the online link goes nowhere real.</summary>
public static class DemoEvents
{
    public static async Task<int> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await db.NetworkEvents.AnyAsync(e => e.EndsAt > now, cancellationToken))
        {
            return 0;
        }

        var sites = await db.Sites.Where(s => s.Partner!.MapStatus == MapStatus.OnMap)
            .OrderBy(s => s.Id).Select(s => new { s.Kind, s.PartnerId, s.Partner!.Slug, s.Name, s.Address, s.Location }).ToListAsync(cancellationToken);
        var techLab = sites.FirstOrDefault(s => s.Kind == SiteKind.TechLab) ?? sites.FirstOrDefault();
        // the demo editor's partner gives the workshop, so that its editor can try changing and calling off an event
        var workshop = sites.FirstOrDefault(s => s.Slug == DemoAccounts.EditorPartner)
            ?? sites.FirstOrDefault(s => s.Kind == SiteKind.PracticeRoom && s.PartnerId != techLab?.PartnerId) ?? sites.LastOrDefault();
        var school = await db.Schools.Where(s => s.Type == SchoolType.Secondary).OrderBy(s => s.Id)
            .Select(s => new { s.Name, s.Address, s.Location }).FirstOrDefaultAsync(cancellationToken);
        if (techLab is null || workshop is null || school is null)
        {
            return 0;
        }

        var today = AmsterdamTime.Today(clock);
        DateTimeOffset At(int days, int hour) => AmsterdamTime.ToInstant(Weekday(today.AddDays(days)), new TimeOnly(hour, 0));
        NetworkEvent Event(string title, string description, EventType type, EventAudience audience, int? partnerId, DateTimeOffset startsAt,
            double hours, int capacity) => new()
        {
            Title = title, Description = description, Type = type, Audience = audience, PartnerId = partnerId,
            StartsAt = startsAt, EndsAt = startsAt.AddHours(hours), Capacity = capacity, CreatedAt = now,
        };

        NetworkEvent[] events =
        [
            With(Event("Open dag in het TechLab", "Kom kijken hoe leerlingen hier solderen, warmtepompen aansluiten en zonnepanelen meten. Voor docenten, ouders en bedrijven.",
                EventType.OpenDay, EventAudience.Everyone, techLab.PartnerId, At(9, 13), 4, 60), techLab.Name, techLab.Address, techLab.Location),
            With(Event("Docentengesprek po en vmbo: techniek in groep 7 en 8", "Leerkrachten van groep 7 en 8 en docenten van het vmbo vertellen wat werkt. Installateurs schuiven aan met ideeën voor een bezoek.",
                EventType.TeacherConversation, EventAudience.Teachers, null, At(14, 15), 2, 24), school.Name, school.Address, school.Location),
            Online(Event("Online sessie: de energietransitie in je les", "Een uur voor de hele kolom: hoe breng je warmtenetten, netcongestie en laadpalen de klas in? Met voorbeelden uit po, vmbo en mbo.",
                EventType.OnlineSession, EventAudience.Everyone, null, At(6, 16), 1, 100), "https://meet.demo.hwms.nl/energietransitie"),
            With(Event("Workshop: een stroomkring bouwen met je klas", "Docenten bouwen zelf de stroomkring die hun leerlingen straks maken, met een monteur als begeleider.",
                EventType.Workshop, EventAudience.PrimaryTeachers, workshop.PartnerId, At(20, 14), 3, 2), workshop.Name, workshop.Address, workshop.Location),
            With(Event("Matchmakingdag vmbo, mbo en bedrijven", "Scholen en bedrijven zoeken elkaar op voor stages, gastlessen en bezoeken. Korte gesprekken van tien minuten.",
                EventType.Matchmaking, EventAudience.Companies, null, At(27, 10), 5, 80), school.Name, school.Address, school.Location),
        ];
        db.NetworkEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        return events.Length;
    }

    private static NetworkEvent With(NetworkEvent e, string name, string address, NetTopologySuite.Geometries.Point location)
    {
        e.Place = $"{name}, {address}";
        e.Location = location;
        return e;
    }

    private static NetworkEvent Online(NetworkEvent e, string link)
    {
        e.OnlineLink = link;
        return e;
    }

    /// <summary>The next working day from this one (no weekend, no public holiday).</summary>
    private static DateOnly Weekday(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || PublicHolidays.On(day) is not null)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
