using System.Net;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>What evaluations add up to: the partner's dashboard, the public page (from three on), the programme
/// leader's list with best-practice candidates, and the leader's month overview of visits.</summary>
public sealed class EvaluationFiguresTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private Task<int> CompletedVisitAsync(int mark, bool consent, string wentWell = "Goede uitleg bij de machines") =>
        fixture.CompletedVisitAsync(mark, consent, wentWell);

    [Fact]
    public async Task The_programme_leader_marks_only_consented_evaluations_as_best_practice_candidates()
    {
        var consented = await CompletedVisitAsync(9, consent: true, wentWell: "Mag als voorbeeld");
        var withheld = await CompletedVisitAsync(6, consent: false, wentWell: "Liever niet gedeeld");
        int EvaluationOf(int bookingId)
        {
            using var db = fixture.CreateDbContext();
            return db.Evaluations.Single(e => e.BookingId == bookingId).Id;
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var list = await leader.GetStringAsync("/beheer/evaluaties");
        Assert.Contains("Mag als voorbeeld", list, StringComparison.Ordinal);
        Assert.Contains("Liever niet gedeeld", list, StringComparison.Ordinal);

        var (_, marked) = await leader.PostFormAsync("/beheer/evaluaties",
            new Dictionary<string, string> { ["Candidate.On"] = EvaluationOf(consented).ToString(System.Globalization.CultureInfo.InvariantCulture) }, "kandidaat");
        Assert.Contains("Gemarkeerd als kandidaat", marked, StringComparison.Ordinal);
        var (_, refused) = await leader.PostFormAsync("/beheer/evaluaties",
            new Dictionary<string, string> { ["Candidate.On"] = EvaluationOf(withheld).ToString(System.Globalization.CultureInfo.InvariantCulture) }, "kandidaat");
        Assert.Contains("er is geen toestemming", refused, StringComparison.Ordinal);

        await using var check = fixture.CreateDbContext();
        Assert.True((await check.Evaluations.SingleAsync(e => e.BookingId == consented)).BestPracticeCandidate);
        Assert.False((await check.Evaluations.SingleAsync(e => e.BookingId == withheld)).BestPracticeCandidate);

        var editor = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await editor.SignInAsync(SelfServiceWorld.EditorA, SelfServiceWorld.Password);
        var response = await editor.PostAsync("/beheer/evaluaties", HtmlForms.Content(new Dictionary<string, string>
        {
            ["_handler"] = "kandidaat",
            ["Candidate.Off"] = EvaluationOf(consented).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var after = fixture.CreateDbContext();
        Assert.True((await after.Evaluations.SingleAsync(e => e.BookingId == consented)).BestPracticeCandidate);
    }

    [Fact]
    public async Task The_leader_sees_per_month_whether_they_went_along_and_the_jobs_dashboard_is_theirs_alone()
    {
        var bookingId = await CompletedVisitAsync(8, consent: false);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Bookings.Where(b => b.Id == bookingId).ExecuteUpdateAsync(b => b.SetProperty(x => x.LeaderAttending, true));
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var page = await leader.GetStringAsync("/beheer/bezoeken");
        Assert.Contains("november 2026</th>", page, StringComparison.Ordinal);
        Assert.Contains("Meegegaan (1)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/beheer/jobs")).StatusCode);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/beheer/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/beheer/jobs")).StatusCode);
    }
}
