using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

public sealed class ActivityCatalogueTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    /// <summary>An activity of partner A at a site the given distance east of the teacher's school (52.36 N, 4.93 E).</summary>
    private async Task<string> ActivityAtAsync(double kmEast, EducationLevel level)
    {
        await fixture.TeacherAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        await using var db = fixture.CreateDbContext();
        var activity = await db.Activities.SingleAsync(a => a.Id == activityId);
        var site = new Site
        {
            PartnerId = activity.PartnerId, Name = $"Werkplaats {kmEast} km", Kind = SiteKind.Office, Address = "Weg 1", City = "Diemen",
            Location = new Point(4.93 + (kmEast / 68.0), 52.36) { SRID = 4326 }, // 1° of longitude is about 68 km at 52.36° N
        };
        activity.Site = site;
        activity.Levels = [level];
        activity.Title = $"Bezoek op {kmEast} km";
        await db.SaveChangesAsync();
        return activity.Title;
    }

    [Fact]
    public async Task A_teacher_filters_on_level_and_on_distance_from_the_school()
    {
        var near = await ActivityAtAsync(3, EducationLevel.Vmbo);
        var far = await ActivityAtAsync(15, EducationLevel.Vmbo);
        var po = await ActivityAtAsync(2, EducationLevel.Po);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var within5 = await teacher.GetStringAsync("/aanbod?niveau=vmbo&afstand=5");
        var within20 = await teacher.GetStringAsync("/aanbod?niveau=vmbo&afstand=20");

        Assert.Contains(near, within5, StringComparison.Ordinal);
        Assert.DoesNotContain(far, within5, StringComparison.Ordinal);
        Assert.DoesNotContain(po, within5, StringComparison.Ordinal);
        Assert.Contains(far, within20, StringComparison.Ordinal);
        Assert.True(within20.IndexOf(near, StringComparison.Ordinal) < within20.IndexOf(far, StringComparison.Ordinal), "nearest first");
        Assert.Contains("3,0 km van je school", within20, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_week_filter_keeps_activities_with_a_free_slot_in_that_week()
    {
        var title = await ActivityAtAsync(4, EducationLevel.Vmbo);
        var anonymous = fixture.Factory.CreateClient();

        // the fixture's slot is a week after 23 November 2026: in the week of Monday 30 November
        var thatWeek = await anonymous.GetStringAsync("/aanbod?week=2026-12-02");
        var weekAfter = await anonymous.GetStringAsync("/aanbod?week=2026-12-09");

        Assert.Contains(title, thatWeek, StringComparison.Ordinal);
        Assert.DoesNotContain(title, weekAfter, StringComparison.Ordinal);
        Assert.Contains("Log in als docent", thatWeek, StringComparison.Ordinal);
    }
}
