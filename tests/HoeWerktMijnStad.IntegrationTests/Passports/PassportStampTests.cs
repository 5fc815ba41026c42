using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Passports;

/// <summary>A class's skills passport: stamped by a completed visit, by a lesson letter done and by hand; only the
/// class's own school sees or changes it; the leader's figures count it by district.</summary>
public sealed class PassportStampTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task A_completed_visit_stamps_the_skills_its_activity_trains_once_and_the_page_shows_it()
    {
        var world = await fixture.PassportAsync();
        var classId = await fixture.ClassAsync(world, "groep 7b");
        var bookingId = await fixture.VisitYesterdayAsync(world, classId);

        await fixture.RunFollowUpAsync();
        await fixture.RunFollowUpAsync();

        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(Data.Bookings.BookingState.Completed, await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.State).SingleAsync());
        }

        var stamp = Assert.Single(await fixture.StampsAsync(classId));
        Assert.Equal((world.VisitSkill, StampSource.Visit, bookingId), (stamp.SkillId, stamp.Source, stamp.BookingId));
        var page = await (await fixture.SignedInAsync(SelfServiceWorld.Teacher)).GetStringAsync($"/mijn/klassen/{classId}/paspoort");
        Assert.Contains("1 van 3", page, StringComparison.Ordinal);
        Assert.Contains("Gestempeld op", page, StringComparison.Ordinal);
        Assert.Contains("(bezoek: Rondleiding", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_booking_form_takes_only_a_class_of_the_teachers_own_school()
    {
        var world = await fixture.PassportAsync();
        var teacher = await fixture.TeacherAsync();
        await fixture.OtherTeacherAsync();
        int otherClass;
        await using (var db = fixture.CreateDbContext())
        {
            var otherSchool = await db.Users.Where(u => u.Email == BookingWorld.OtherTeacher).Select(u => u.SchoolId!.Value).SingleAsync();
            var c = new SchoolClass { SchoolId = otherSchool, Name = $"groep 8 {Guid.NewGuid():N}"[..20], Level = Data.Catalogue.EducationLevel.Po, Year = 8 };
            db.SchoolClasses.Add(c);
            await db.SaveChangesAsync();
            otherClass = c.Id;
        }

        var slotId = await fixture.CreateDbContext().Slots.Where(s => s.ActivityId == world.ActivityId).Select(s => s.Id).SingleAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var form = BookingWorld.Application(slotId, 10);
        form.ClassId = otherClass;
        var result = await scope.ServiceProvider.GetRequiredService<BookingRequests>().SubmitAsync(world.ActivityId, form, teacher);
        Assert.Contains(result.Errors, e => e.Field == nameof(ApplicationInput.ClassId));
    }

    [Fact]
    public async Task A_lesson_letter_done_stamps_its_skills_and_a_teacher_stamps_by_hand_with_a_date_and_a_note()
    {
        var world = await fixture.PassportAsync();
        var classId = await fixture.ClassAsync(world, "groep 6a");
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var url = $"/mijn/klassen/{classId}/paspoort";
        var today = AmsterdamTime.Today(fixture.Clock);

        var lesson = (await teacher.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Lesson.LessonId"] = world.LessonId.ToString(CultureInfo.InvariantCulture),
            ["Lesson.On"] = today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "lesbrief")).Html;
        Assert.Contains($"{world.LessonTitle} is gedaan: 1 nieuwe stempel(s).", lesson, StringComparison.Ordinal);
        var stamp = Assert.Single(await fixture.StampsAsync(classId));
        Assert.Equal((world.LessonSkill, StampSource.Lesson, today.AddDays(-2)), (stamp.SkillId, stamp.Source, stamp.On));

        var fields = new Dictionary<string, string>
        {
            ["Stamp.SkillId"] = world.HandSkill.ToString(CultureInfo.InvariantCulture),
            ["Stamp.On"] = today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Stamp.Note"] = "Iedereen droeg een veiligheidsbril",
        };
        var refused = (await teacher.PostFormAsync(url, fields, "stempel")).Html;
        Assert.Contains("Kies een datum van vandaag of uit het afgelopen jaar.", refused, StringComparison.Ordinal);
        Assert.Contains("Iedereen droeg een veiligheidsbril", refused, StringComparison.Ordinal);
        Assert.Single(await fixture.StampsAsync(classId));

        fields["Stamp.On"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stamped = (await teacher.PostFormAsync(url, fields, "stempel")).Html;
        Assert.Contains("Stempel gezet: Veilig werken met gereedschap.", stamped, StringComparison.Ordinal);
        Assert.Contains("Iedereen droeg een veiligheidsbril", stamped, StringComparison.Ordinal);
        Assert.Contains("2 van 3", stamped, StringComparison.Ordinal);

        // the missing skill's activity is suggested, the certificate lists the stamps
        Assert.Contains($"/aanbod/{world.ActivityId}", stamped, StringComparison.Ordinal);
        var certificate = await teacher.GetStringAsync($"{url}/oorkonde");
        Assert.Contains("heeft 2 van de 3 vaardigheden laten zien", certificate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_classs_own_school_sees_or_stamps_its_passport_and_the_leader_sees_figures_by_district()
    {
        var world = await fixture.PassportAsync();
        var classId = await fixture.ClassAsync(world, "groep 8c");
        await fixture.OtherTeacherAsync();
        var other = await fixture.SignedInAsync(BookingWorld.OtherTeacher);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/mijn/klassen/{classId}/paspoort")).StatusCode);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var stamps = scope.ServiceProvider.GetRequiredService<Web.Features.Passports.PassportStamps>();
            var user = await TeacherPrincipalAsync(BookingWorld.OtherTeacher);
            var outcome = await stamps.StampAsync(classId, new() { SkillId = world.HandSkill, On = AmsterdamTime.Today(fixture.Clock) }, user);
            Assert.Equal("ClassNotYours", Assert.Single(outcome.Errors).Code);
        }

        Assert.Empty(await fixture.StampsAsync(classId));
        var anonymous = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/mijn/klassen/{classId}/paspoort");
        Assert.Contains("/inloggen", anonymous.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var figures = await leader.GetStringAsync("/beheer/cijfers");
        Assert.Contains("Skillspaspoorten per stadsdeel", figures, StringComparison.Ordinal);
        Assert.Contains($"<td>{world.PassportName}</td>", figures, StringComparison.Ordinal);
        Assert.Contains("<td>Oost</td>", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_adds_a_class_with_a_passport_and_the_leader_defines_passports()
    {
        var world = await fixture.PassportAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var name = $"klusklas {Guid.NewGuid():N}"[..16];
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Level"] = "Po", ["Input.Year"] = "9", ["Input.PassportId"] = world.PassportId.ToString(CultureInfo.InvariantCulture),
        };
        var refused = (await teacher.PostFormAsync("/mijn/klassen", fields, "klas")).Html;
        Assert.Contains("De groep of het leerjaar is een getal van 1 tot en met 8.", refused, StringComparison.Ordinal);
        Assert.Contains(name, refused, StringComparison.Ordinal);
        fields["Input.Year"] = "6";
        var added = (await teacher.PostFormAsync("/mijn/klassen", fields, "klas")).Html;
        Assert.Contains($"{name} staat bij je klassen.", added, StringComparison.Ordinal);
        Assert.Contains($"Skillspaspoort van {name}", added, StringComparison.Ordinal);
        Assert.Contains("0 van 3", added, StringComparison.Ordinal);
        var again = (await teacher.PostFormAsync("/mijn/klassen", fields, "klas")).Html;
        Assert.Contains("Je school heeft al een klas met deze naam.", again, StringComparison.Ordinal);

        Assert.Contains("Nieuwe klas", await teacher.GetStringAsync("/mijn/klassen"), StringComparison.Ordinal);
        var refusedForTeacher = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/beheer/paspoorten");
        Assert.NotEqual(HttpStatusCode.OK, refusedForTeacher.StatusCode);

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var passportName = $"Plusklas {Guid.NewGuid():N}"[..16];
        var created = (await leader.PostFormAsync("/beheer/paspoorten", new Dictionary<string, string>
        {
            ["Passport.Name"] = passportName, ["Passport.GroupFrom"] = "5", ["Passport.GroupTo"] = "8",
        }, "paspoort")).Html;
        Assert.Contains($"Paspoort {passportName} is gemaakt.", created, StringComparison.Ordinal);
        var passportId = await fixture.CreateDbContext().SkillsPassports.Where(p => p.Name == passportName).Select(p => p.Id).SingleAsync();
        var skill = (await leader.PostFormAsync("/beheer/paspoorten", new Dictionary<string, string>
        {
            ["Skill.PassportId"] = passportId.ToString(CultureInfo.InvariantCulture), ["Skill.Name"] = "Een zonnepaneel aansluiten",
            ["Skill.ActivityIds"] = world.ActivityId.ToString(CultureInfo.InvariantCulture), ["Skill.ExperimentSlugs"] = "stroomkring-met-citroen",
        }, "vaardigheid")).Html;
        Assert.Contains("Vaardigheid Een zonnepaneel aansluiten is toegevoegd.", skill, StringComparison.Ordinal);
        Assert.Contains("Een batterij van citroenen", skill, StringComparison.Ordinal);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> TeacherPrincipalAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return new(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, id), new(System.Security.Claims.ClaimTypes.Role, Data.Accounts.Roles.Teacher)], "test"));
    }
}
