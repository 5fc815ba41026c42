using System.Globalization;
using System.Runtime.CompilerServices;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Demand;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.Family;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Family;
using HoeWerktMijnStad.IntegrationTests.Agenda;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>One of everything a page with route values shows, for the fuzzing tests: a confirmed booking and a completed
/// visit of the self-service teacher with partner A, a bookable activity, a party and a parent's link, a vraag-en-aanbod
/// request with an offer, a worksite, a site, a lesson letter, a po activity, a tour with a step, a best practice and a
/// video. <see cref="Urls"/> gives, per route pattern of the app, an address with real values.</summary>
public sealed record FuzzWorld(IReadOnlyDictionary<string, string> Urls, IReadOnlyList<string> QueryPages, int ActivityId, int SlotId, int PartySlotId)
{
    private static readonly ConditionalWeakTable<OutboxFixture, Task<FuzzWorld>> Built = [];

    /// <summary>Built once per fixture (database); later calls get the same world.</summary>
    public static Task<FuzzWorld> OfAsync(OutboxFixture fixture) => Built.GetValue(fixture, BuildAsync);

    private static async Task<FuzzWorld> BuildAsync(OutboxFixture fixture)
    {
        await fixture.EnsureSelfServiceWorldAsync();
        var teacher = await fixture.TeacherAsync();
        var booking = await fixture.ConfirmedBookingAsync();
        var completed = await fixture.CompletedVisitAsync(8, consent: true);
        // room for many accepted posts of the application form
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(5_000, 500);

        var partySlot = await fixture.PartyAsync(capacity: 60);
        const string parent = "ouder-fuzz@thuis.example.nl";
        Assert.True((await fixture.HoldAsync(await fixture.PartyAsync(), PartyWorld.Form(parent))).Done);
        await fixture.Factory.DeliverMailAsync();
        var token = fixture.ParentToken(parent);

        var eventId = await fixture.EventAsync(capacity: 1000, type: Data.Agenda.EventType.OpenDay);
        await fixture.SignUpsAsync(s => s.SignUpAsync(eventId, "Fuzz Docent", "docent-fuzz@kolom.example.nl", null));
        await fixture.Factory.DeliverMailAsync();
        var signUpToken = fixture.SignUpToken("docent-fuzz@kolom.example.nl");

        var demandPartner = await fixture.PartnerNearAsync("fuzz-vraag", 2);
        var request = await fixture.PostRequestAsync(DemandWorld.Request("Een bezoek over warmtepompen"));
        var offer = await fixture.OfferAsync(request, demandPartner, new DateTime(2026, 12, 8, 10, 0, 0));

        var now = fixture.Clock.GetUtcNow();
        await using var db = fixture.CreateDbContext();
        var partnerA = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
        var site = new Site { PartnerId = partnerA.Id, Name = "Werkplaats A", Kind = SiteKind.Office, Address = "Weg 2", City = "Amsterdam", Location = new Point(4.91, 52.37) { SRID = 4326 } };
        var worksite = new Worksite
        {
            PartnerId = partnerA.Id, Title = "Warmtenet Oost", Address = "Straat 3", City = "Amsterdam", Location = new Point(4.94, 52.36) { SRID = 4326 },
            StartDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-10), EndDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(60),
            VisitLevels = [EducationLevel.Vmbo], MaxGroupSize = 15,
        };
        var letter = new Lesson
        {
            Slug = "fuzz-lesbrief", Title = "Warmte in de stad", Kind = LessonKind.LessonLetter, Summary = "Over warmte", Levels = [EducationLevel.Vmbo],
            Theme = Theme.Energie, DurationMinutes = 90, BodyMarkdown = "## Start", PublishedAt = now, UpdatedAt = now,
        };
        var primary = new Lesson
        {
            Slug = "fuzz-activiteit", Title = "Stroom in huis", Kind = LessonKind.PrimaryActivity, Summary = "Over stroom", Levels = [EducationLevel.Po],
            GroupFrom = 5, GroupTo = 8, Theme = Theme.Energie, DurationMinutes = 60, BodyMarkdown = "## Start", PublishedAt = now, UpdatedAt = now,
        };
        var tour = new VirtualTour
        {
            Slug = "fuzz-rondleiding", Title = "Rondleiding A", PartnerId = partnerA.Id, PublishedAt = now, UpdatedAt = now,
            Steps = [new TourStep { Title = "De werkplaats", Position = 0, TextMarkdown = "Hier werken we.", VideoId = "abcdefghijk" }],
        };
        var practice = new BestPractice { Slug = "fuzz-voorbeeld", Title = "Een goed bezoek", PartnerId = partnerA.Id, PublishedAt = now, UpdatedAt = now };
        var video = new FamilyVideo
        {
            Slug = "fuzz-video", Title = "Waar gaat het water heen?", Utility = Utility.DrinkingWater, Description = "Een filmpje", YouTubeId = "abcdefghijk",
            Seconds = 60, PublishedAt = now, UpdatedAt = now,
        };
        db.AddRange(site, worksite, letter, primary, tour, practice, video);
        await db.SaveChangesAsync();
        var passport = new Data.Passports.SkillsPassport
        {
            Name = "Fuzz-klusklas", GroupFrom = 5, GroupTo = 8, CreatedAt = now,
            Skills = [new() { Name = "Een leiding buigen", Lessons = [letter] }, new() { Name = "Veilig werken" }],
        };
        var schoolClass = new Data.Passports.SchoolClass { SchoolId = teacher.SchoolId, Name = "groep fuzz", Level = EducationLevel.Po, Year = 7, CreatedAt = now };
        schoolClass.Passports.Add(new() { Passport = passport, StartedAt = now });
        db.AddRange(passport, schoolClass);
        await db.SaveChangesAsync();

        string N(int id) => id.ToString(CultureInfo.InvariantCulture);
        var urls = new Dictionary<string, string>
        {
            ["/aanbod/{Id:int}"] = $"/aanbod/{N(activityId)}",
            ["/aanbod/{Id:int}/aanvragen"] = $"/aanbod/{N(activityId)}/aanvragen",
            ["/scholen/{Id:int}"] = $"/scholen/{N(teacher.SchoolId)}",
            ["/partners/{Slug}"] = "/partners/partner-a",
            ["/werkplekken/{Id:int}"] = $"/werkplekken/{N(worksite.Id)}",
            ["/mijn/boekingen/{Id:int}"] = $"/mijn/boekingen/{N(booking)}",
            ["/partner/boekingen/{Id:int}"] = $"/partner/boekingen/{N(booking)}",
            ["/mijn/boekingen/{Id:int}/evaluatie"] = $"/mijn/boekingen/{N(completed)}/evaluatie",
            ["/partner/boekingen/{Id:int}/evaluatie"] = $"/partner/boekingen/{N(completed)}/evaluatie",
            ["/mijn/vragen/{Id:int}"] = $"/mijn/vragen/{N(request)}",
            ["/mijn/vragen/{Id:int}/aanbod/{OfferId:int}"] = $"/mijn/vragen/{N(request)}/aanbod/{N(offer)}",
            ["/partner/vragen/{Id:int}"] = $"/partner/vragen/{N(request)}",
            ["/kinderfeestjes/boeking/{Token}"] = $"/kinderfeestjes/boeking/{token}",
            ["/techniek-is-een-feest/kinderfeestjes/{Id:int}"] = $"/techniek-is-een-feest/kinderfeestjes/{N(partySlot)}",
            ["/techniek-is-een-feest/gespreksonderwerpen/{Slug}"] = $"/techniek-is-een-feest/gespreksonderwerpen/{Topics.All[0].Slug}",
            ["/techniek-is-een-feest/proefjes/{Slug}"] = $"/techniek-is-een-feest/proefjes/{Experiments.All[0].Slug}",
            ["/leren/lesbrieven/{Slug}"] = $"/leren/lesbrieven/{letter.Slug}",
            ["/leren/activiteiten/{Slug}"] = $"/leren/activiteiten/{primary.Slug}",
            ["/leren/rondleidingen/{Slug}"] = $"/leren/rondleidingen/{tour.Slug}",
            ["/leren/goede-voorbeelden/{Slug}"] = $"/leren/goede-voorbeelden/{practice.Slug}",
            ["/beheer/leren/lessen/{Id:int}"] = $"/beheer/leren/lessen/{N(letter.Id)}",
            ["/beheer/leren/rondleidingen/{Id:int}"] = $"/beheer/leren/rondleidingen/{N(tour.Id)}",
            ["/beheer/leren/rondleidingen/{TourId:int}/stappen/nieuw"] = $"/beheer/leren/rondleidingen/{N(tour.Id)}/stappen/nieuw",
            ["/beheer/leren/rondleidingen/{TourId:int}/stappen/{StepId:int}"] = $"/beheer/leren/rondleidingen/{N(tour.Id)}/stappen/{N(tour.Steps[0].Id)}",
            ["/beheer/leren/goede-voorbeelden/{Id:int}"] = $"/beheer/leren/goede-voorbeelden/{N(practice.Id)}",
            ["/beheer/leren/videos/{Id:int}"] = $"/beheer/leren/videos/{N(video.Id)}",
            ["/beheer/kaartregel/afsluiting/{Month}"] = "/beheer/kaartregel/afsluiting/2026-10",
            ["/status/{Code:int}"] = "/status/404",
            ["/agenda/{Id:int}"] = $"/agenda/{N(eventId)}",
            ["/agenda/aanmelding/{Token}"] = $"/agenda/aanmelding/{signUpToken}",
            ["/mijn/klassen/{Id:int}/paspoort"] = $"/mijn/klassen/{N(schoolClass.Id)}/paspoort",
            ["/mijn/klassen/{Id:int}/paspoort/oorkonde"] = $"/mijn/klassen/{N(schoolClass.Id)}/paspoort/oorkonde",
            ["/partner/agenda/{Id:int}"] = $"/partner/agenda/{N(eventId)}",
            ["/beheer/agenda/{Id:int}"] = $"/beheer/agenda/{N(eventId)}",
            ["/insluiten/partners/{Slug}"] = "/insluiten/partners/partner-a",
            ["/insluiten/partners/{Slug}/aanbod"] = "/insluiten/partners/partner-a/aanbod",
        };

        // pages whose form for one row opens with a query value
        string[] queryPages =
        [
            $"/aanbod/{N(activityId)}/aanvragen?tijd={N(slotId)}", $"/partner/aanbod?activiteit={N(activityId)}",
            $"/partner/aanbod/tijden?activiteit={N(activityId)}", $"/partner/locaties?locatie={N(site.Id)}",
            $"/partner/werkplekken?werkplek={N(worksite.Id)}", $"/beheer/scholen?school={N(teacher.SchoolId)}",
        ];
        return new FuzzWorld(urls, queryPages, activityId, slotId, partySlot);
    }
}
